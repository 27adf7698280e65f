/*
 * Prints the current TOTP code (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps) for a base32 secret, such as the
 * totpSecret of a demo account in data/demo-credentials.json. Needs nothing but the JDK:
 *
 *   java tools/Totp.java JBSWY3DPEHPK3PXP
 *   java tools/Totp.java JBSWY3DPEHPK3PXP --at 1781488800     (the code at a given epoch second)
 */
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

public class Totp {

    public static void main(String[] args) throws Exception {
        if (args.length != 1 && !(args.length == 3 && args[1].equals("--at"))) {
            System.err.println("usage: java tools/Totp.java BASE32SECRET [--at EPOCH_SECONDS]");
            System.exit(2);
        }
        long epoch = args.length == 3 ? Long.parseLong(args[2]) : Instant.now().getEpochSecond();
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(base32(args[0]), "HmacSHA1"));
        byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(Math.floorDiv(epoch, 30)).array());
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        System.out.printf("%06d%n", binary % 1_000_000);
        System.err.printf("valid for %d more seconds%n", 30 - Math.floorMod(epoch, 30));
    }

    private static byte[] base32(String secret) {
        String s = secret.replace(" ", "").replace("=", "").toUpperCase(Locale.ROOT);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        ByteBuffer out = ByteBuffer.allocate(s.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (char c : s.toCharArray()) {
            int v = alphabet.indexOf(c);
            if (v < 0) {
                throw new IllegalArgumentException("not base32: " + c);
            }
            buffer = (buffer << 5) | v;
            bits += 5;
            if (bits >= 8) {
                out.put((byte) (buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return out.array();
    }
}
