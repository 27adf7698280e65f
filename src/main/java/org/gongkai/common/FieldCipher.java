package org.gongkai.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.CipherInputStream;
import javax.crypto.CipherOutputStream;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.springframework.stereotype.Component;

/**
 * Encrypts personal data at rest with SM4 (RULES §8): fields in GCM mode, stored as
 * {@code sm4:<base64(iv || ciphertext+tag)>}; files as a stream in CTR mode ({@link #encrypting}). Also offers a keyed SM3 digest ({@link #blindIndex}) so
 * that an encrypted value can still be looked up by equality.
 */
@Component
public class FieldCipher {

    private static final String PREFIX = "sm4:";
    private static final byte[] STREAM_MARKER = {'G', 'K', 'S', '4'};
    private static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();
    private final SecretKeySpec key;
    private final byte[] rawKey;
    private final SecureRandom random = new SecureRandom();

    public FieldCipher(GongkaiProperties properties) {
        this.rawKey = loadKey(properties);
        this.key = new SecretKeySpec(rawKey, "SM4");
    }

    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] iv = new byte[12];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("SM4/GCM/NoPadding", PROVIDER);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] ct = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + ct.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(ct, 0, out, iv.length, ct.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SM4 encryption failed", e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalArgumentException("value is not SM4-encrypted");
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("SM4/GCM/NoPadding", PROVIDER);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, in, 0, 12));
            return new String(cipher.doFinal(in, 12, in.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SM4 decryption failed (wrong key or tampered value)", e);
        }
    }

    /**
     * Encrypts a stream with SM4 in CTR mode (files at rest: uploaded attachments can carry personal data such as
     * ID copies). Writes a 4-byte marker and a random 16-byte IV, then the ciphertext; closing the returned stream
     * closes {@code out}.
     */
    public OutputStream encrypting(OutputStream out) throws IOException {
        byte[] iv = new byte[16];
        random.nextBytes(iv);
        out.write(STREAM_MARKER);
        out.write(iv);
        return new CipherOutputStream(out, streamCipher(Cipher.ENCRYPT_MODE, iv));
    }

    /**
     * Decrypts a stream written by {@link #encrypting}. A stream without the marker (written before encryption at
     * rest existed) is returned as it is.
     */
    public InputStream decrypting(InputStream in) throws IOException {
        PushbackInputStream pushback = new PushbackInputStream(in, STREAM_MARKER.length);
        byte[] head = pushback.readNBytes(STREAM_MARKER.length);
        if (!java.util.Arrays.equals(head, STREAM_MARKER)) {
            pushback.unread(head);
            return pushback;
        }
        byte[] iv = pushback.readNBytes(16);
        if (iv.length != 16) {
            throw new IOException("encrypted stream is truncated");
        }
        return new CipherInputStream(pushback, streamCipher(Cipher.DECRYPT_MODE, iv));
    }

    private Cipher streamCipher(int mode, byte[] iv) throws IOException {
        try {
            Cipher cipher = Cipher.getInstance("SM4/CTR/NoPadding", PROVIDER);
            cipher.init(mode, key, new IvParameterSpec(iv));
            return cipher;
        } catch (GeneralSecurityException e) {
            throw new IOException("SM4 stream cipher unavailable", e);
        }
    }

    /** Keyed SM3 (HMAC-SM3) of a value, hex: equal inputs give equal outputs, nothing else leaks. */
    public String blindIndex(String value) {
        HMac mac = new HMac(new SM3Digest());
        mac.init(new KeyParameter(rawKey));
        byte[] in = value.getBytes(StandardCharsets.UTF_8);
        mac.update(in, 0, in.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }

    private static byte[] loadKey(GongkaiProperties properties) {
        if (properties.sm4Key() != null && !properties.sm4Key().isBlank()) {
            byte[] k = HexFormat.of().parseHex(properties.sm4Key().trim());
            if (k.length != 16) {
                throw new IllegalStateException("gongkai.sm4-key must be 32 hex digits (128 bits)");
            }
            return k;
        }
        Path file = properties.dataDir().resolve("keys").resolve("sm4.key");
        try {
            if (Files.exists(file)) {
                return HexFormat.of().parseHex(Files.readString(file).trim());
            }
            Files.createDirectories(file.getParent());
            byte[] k = new byte[16];
            new SecureRandom().nextBytes(k);
            Files.writeString(file, HexFormat.of().formatHex(k));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
            return k;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + file, e);
        }
    }
}
