package club.lasertag.crm.telegram.staff;

import club.lasertag.crm.domain.port.in.BackUpDatabase;
import club.lasertag.crm.domain.port.in.BackUpDatabase.Backup;
import club.lasertag.crm.domain.staff.Permission;
import club.lasertag.crm.telegram.chat.Action;
import club.lasertag.crm.telegram.chat.Command;
import club.lasertag.crm.telegram.chat.Feature;
import club.lasertag.crm.telegram.chat.Incoming;
import club.lasertag.crm.telegram.chat.Reply;
import club.lasertag.crm.telegram.chat.Screen;
import club.lasertag.crm.telegram.chat.Turn;
import club.lasertag.crm.telegram.chat.Upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code /backup}, for admins: a consistent copy of the whole SQLite database as a document, taken while the bot
 * keeps working; on PostgreSQL, how it is backed up instead ({@code pg_dump}). The copy is made in a private
 * temporary directory and deleted once its bytes are in the reply.
 */
public final class BackupFeature implements Feature<Action> {

    static final String SQLITE_TYPE = "application/vnd.sqlite3";

    private final BackUpDatabase backups;

    public BackupFeature(BackUpDatabase backups) {
        this.backups = backups;
    }

    @Override
    public List<Command> commands() {
        return List.of(Command.of("backup", Permission.BACKUP_DATABASE, 65));
    }

    @Override
    public String deniedKey() {
        return "backup.denied";
    }

    @Override
    public void onCommand(Turn turn, Incoming.Command command) {
        Path directory = temporaryDirectory();
        Path copy = directory.resolve("copy.db");
        try {
            Backup backup = backups.backUp(copy, turn.actor());
            if (backup instanceof Backup.Copied copied) {
                byte[] bytes = Files.readAllBytes(copy);
                if (bytes.length > Reply.Document.MAX_BYTES) {
                    turn.replies().send(Screen.of(turn.t("backup.tooLarge", megabytes(bytes.length))));
                } else {
                    turn.replies().document(new Upload(copied.fileName(), SQLITE_TYPE, bytes),
                            Screen.of(turn.t("backup.caption", megabytes(bytes.length))));
                }
            } else {
                turn.replies().send(Screen.of(turn.t("backup.pgDump")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the database copy", e);
        } finally {
            deleteQuietly(copy);
            deleteQuietly(directory);
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("crm-backup-"); // owner-only where POSIX permissions exist
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary directory for the backup", e);
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1024.0 / 1024.0);
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a leftover in the temporary directory
        }
    }
}
