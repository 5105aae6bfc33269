package com.profitsentinel.store;

import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

/**
 * The one-process lock of the embedded database (operations.md §17): an operating-system lock on
 * {@code <db>/profit-sentinel.lock}, held while the database is open, with the holder's process id written in the file.
 * H2's own file lock only keeps out other processes (in one JVM a second open shares the database); this lock refuses a
 * second open in the same JVM too, and its message names the directory and the holder.
 */
final class EmbeddedLock implements AutoCloseable {
    static final String FILE_NAME = "profit-sentinel.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private EmbeddedLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock of the database directory, creating the directory when missing. */
    static EmbeddedLock acquire(Path databaseDirectory) {
        Path file = databaseDirectory.resolve(FILE_NAME);
        FileChannel channel;
        try {
            Files.createDirectories(databaseDirectory);
            channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new ProfitSentinelException(
                    ErrorCode.DATABASE_UNAVAILABLE,
                    "Cannot open the embedded database in " + databaseDirectory + ": cannot create " + file + ": "
                            + e.getMessage(),
                    e);
        }
        try {
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw inUse(databaseDirectory, holder(file));
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(
                    ("pid=" + ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)));
            channel.force(false);
            return new EmbeddedLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new ProfitSentinelException(
                    ErrorCode.DATABASE_UNAVAILABLE,
                    "Cannot lock the embedded database in " + databaseDirectory + ": " + e.getMessage(),
                    e);
        }
    }

    /** The error for a database another process (or another open in this process) holds. */
    static ProfitSentinelException inUse(Path databaseDirectory, String holder) {
        return new ProfitSentinelException(
                ErrorCode.DATABASE_UNAVAILABLE,
                "The embedded database in " + databaseDirectory + " is already in use" + holder
                        + "; only one Profit Sentinel process may open it. Stop the other process or use another data"
                        + " directory.",
                Map.of("reason", "database_in_use", "directory", databaseDirectory.toString()));
    }

    private static @org.jspecify.annotations.Nullable FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            // this JVM holds it already
            return null;
        }
    }

    /** " by process N" from the lock file, or nothing when it cannot be read. */
    private static String holder(Path file) {
        try {
            String content = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (content.startsWith("pid=") && content.substring(4).chars().allMatch(Character::isDigit)) {
                long pid = Long.parseLong(content.substring(4));
                return pid == ProcessHandle.current().pid() ? " by this process" : " by process " + pid;
            }
        } catch (IOException | NumberFormatException e) {
            // the holder is unknown; the message says less
        }
        return "";
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // nothing to do
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel releases it too
        }
        closeQuietly(channel);
    }
}
