package club.lasertag.crm.app;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One app process per SQLite file: an exclusive lock on {@code <database>.lock} next to it, taken at start and held
 * until the process ends (the operating system releases it even after a kill). SQLite itself would let a second
 * process in, and two bots would then poll Telegram against each other and handle updates twice. Several instances
 * need PostgreSQL.
 */
final class SqliteFileLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private SqliteFileLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of {@code database}, creating its directory and lock file if needed.
     *
     * @throws StartupException when another process holds it, or the lock file cannot be made
     */
    static SqliteFileLock acquire(Path database) {
        Path file = lockFileOf(database);
        FileChannel channel = null;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return new SqliteFileLock(channel, lock);
            }
        } catch (OverlappingFileLockException alreadyHere) {
            // this process holds it already: a second app in one JVM is a second instance too
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StartupException("cannot lock the SQLite database " + database.toAbsolutePath() + " (lock file "
                    + file + ": " + e.getMessage() + ")", e);
        }
        closeQuietly(channel);
        throw new StartupException("the SQLite database " + database.toAbsolutePath() + " is in use by another "
                + "LaserTag CRM process (it holds " + file + "). SQLite allows one process per database file: stop "
                + "the other one, or give this one another CRM_DB_URL; several instances need PostgreSQL", null);
    }

    static Path lockFileOf(Path database) {
        Path absolute = database.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + ".lock");
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing held
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
