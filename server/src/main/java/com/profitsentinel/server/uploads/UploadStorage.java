package com.profitsentinel.server.uploads;

import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * Uploaded files on local disk under {@code <data dir>/uploads/<upload id>} (operations.md §12). A file is streamed to a
 * temporary name and hashed on the way, and appears under its final name only when complete; a file above the size
 * limit or a full disk leaves nothing behind.
 */
public final class UploadStorage {
    /** Free space kept beyond the file itself (operations.md §18). */
    static final long MARGIN_BYTES = 256L << 20;

    private final Path directory;

    public UploadStorage(Path directory) {
        this.directory = directory;
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("the upload directory " + directory + " cannot be created", e);
        }
    }

    /** Size and SHA-256 of a stored file. */
    public record Stored(long sizeBytes, String sha256) {}

    /**
     * Stores a file.
     *
     * @param expectedBytes the size announced by the client, or -1 when unknown (checked before anything is written)
     * @param maxBytes the largest size allowed
     */
    public Stored save(String uploadId, String filename, InputStream content, long expectedBytes, long maxBytes) {
        if (expectedBytes > maxBytes) {
            throw tooLarge(filename, maxBytes);
        }
        long needed = Math.max(expectedBytes, 0) + MARGIN_BYTES;
        if (freeBytes() < needed) {
            throw new ProfitSentinelException(
                    ErrorCode.STORAGE_FULL, "The server is out of storage space; the file was not stored.");
        }
        Path partial = directory.resolve(uploadId + ".part");
        MessageDigest digest = sha256();
        long size = 0;
        try (InputStream input = content;
                OutputStream output = Files.newOutputStream(partial)) {
            byte[] buffer = new byte[1 << 16];
            int read;
            while ((read = input.read(buffer)) >= 0) {
                size += read;
                if (size > maxBytes) {
                    throw tooLarge(filename, maxBytes);
                }
                digest.update(buffer, 0, read);
                output.write(buffer, 0, read);
            }
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new ProfitSentinelException(
                    ErrorCode.STORAGE_FULL, "The file could not be stored: the server's disk refused it.", e);
        } catch (RuntimeException e) {
            deleteQuietly(partial);
            throw e;
        }
        try {
            Files.move(partial, path(uploadId), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new ProfitSentinelException(
                    ErrorCode.STORAGE_FULL, "The file could not be stored: the server's disk refused it.", e);
        }
        return new Stored(size, HexFormat.of().formatHex(digest.digest()));
    }

    /** Where an upload's file is (whether or not it exists). */
    public Path path(String uploadId) {
        return directory.resolve(uploadId);
    }

    public boolean exists(String uploadId) {
        return Files.isRegularFile(path(uploadId));
    }

    /** Deletes an upload's file; true when there was one. */
    public boolean delete(String uploadId) {
        try {
            return Files.deleteIfExists(path(uploadId));
        } catch (IOException e) {
            throw new UncheckedIOException("the upload " + uploadId + " could not be deleted", e);
        }
    }

    /** Free bytes on the upload volume. */
    public long freeBytes() {
        try {
            return Files.getFileStore(directory).getUsableSpace();
        } catch (IOException e) {
            return 0;
        }
    }

    private static ProfitSentinelException tooLarge(String filename, long maxBytes) {
        return new ProfitSentinelException(
                ErrorCode.FILE_TOO_LARGE,
                "The file \"" + filename + "\" is larger than " + (maxBytes >> 20) + " MB, the largest file accepted.",
                Map.of("filename", filename, "max_file_size_bytes", maxBytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // the sweeper removes what is left
        }
    }
}
