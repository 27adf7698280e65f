package org.gongkai.common;

import java.io.IOException;
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
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.springframework.stereotype.Component;

/**
 * Encrypts personal data at rest with SM4 in GCM mode (RULES §8). Stored form:
 * {@code sm4:<base64(iv || ciphertext+tag)>}. Also offers a keyed SM3 digest ({@link #blindIndex}) so
 * that an encrypted value can still be looked up by equality.
 */
@Component
public class FieldCipher {

    private static final String PREFIX = "sm4:";
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
