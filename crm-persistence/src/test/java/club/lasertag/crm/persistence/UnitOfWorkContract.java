package club.lasertag.crm.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import club.lasertag.crm.chat.dialog.DialogState;
import club.lasertag.crm.chat.dialog.DialogStates;
import club.lasertag.crm.chat.outbox.Outbox;
import club.lasertag.crm.chat.tx.UnitOfWork;
import club.lasertag.crm.chat.updates.ProcessedUpdates;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What every {@link UnitOfWork} does with the chat's ports made with it: the in-memory fakes, SQLite and PostgreSQL
 * alike. Handling an update: its "processed" record, its effects (here a dialog state) and its replies in the
 * outbox commit together or not at all.
 */
abstract class UnitOfWorkContract {

    static final long CHAT = 42;

    abstract UnitOfWork unitOfWork();

    abstract ProcessedUpdates processedUpdates();

    abstract DialogStates dialogStates();

    abstract Outbox outbox();

    DialogState state(String step) {
        return new DialogState(CHAT, "client", step, Map.of("phone", "+79991234567"), Instant.parse("2030-06-01T10:00:00Z"));
    }

    @Test
    void everythingDoneInsideCommitsTogether() {
        String result = unitOfWork().inTransaction(() -> {
            assertThat(processedUpdates().markProcessed(1)).isTrue();
            dialogStates().save(state("name"));
            outbox().append(1, CHAT, "reply");
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(processedUpdates().markProcessed(1)).isFalse();
        assertThat(dialogStates().of(CHAT)).map(DialogState::step).contains("name");
        assertThat(outbox().pending(10)).extracting(Outbox.Entry::payload).containsExactly("reply");
    }

    @Test
    void aFailureRollsBackTheRecordTheEffectsAndTheRepliesAndIsRethrownAsItWas() {
        dialogStates().save(state("phone"));
        IllegalStateException failure = new IllegalStateException("a bug in a feature");

        assertThatThrownBy(() -> unitOfWork().run(() -> {
            processedUpdates().markProcessed(2);
            dialogStates().save(state("name"));
            outbox().append(2, CHAT, "reply");
            throw failure;
        })).isSameAs(failure);

        assertThat(processedUpdates().markProcessed(2)).as("not recorded: to be handled again").isTrue();
        assertThat(dialogStates().of(CHAT)).map(DialogState::step).contains("phone");
        assertThat(outbox().pending(10)).isEmpty();
    }

    @Test
    void aClearedDialogComesBackOnRollback() {
        dialogStates().save(state("phone"));

        assertThatThrownBy(() -> unitOfWork().run(() -> {
            dialogStates().clear(CHAT);
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(dialogStates().of(CHAT)).map(DialogState::step).contains("phone");
    }

    @Test
    void aNestedUnitOfWorkThatFailsUndoesOnlyItsOwnWork() {
        unitOfWork().run(() -> {
            processedUpdates().markProcessed(3);
            outbox().append(3, CHAT, "outer");
            try {
                unitOfWork().run(() -> {
                    outbox().append(3, CHAT, "inner");
                    dialogStates().save(state("inner"));
                    throw new IllegalStateException("inner failure");
                });
            } catch (IllegalStateException expected) {
                outbox().append(3, CHAT, "after the inner failure");
            }
        });

        assertThat(outbox().pending(10)).extracting(Outbox.Entry::payload)
                .containsExactly("outer", "after the inner failure");
        assertThat(dialogStates().of(CHAT)).isEmpty();
        assertThat(processedUpdates().markProcessed(3)).isFalse();
    }

    @Test
    void aNestedUnitOfWorkThatSucceededIsRolledBackWithTheOuterOne() {
        assertThatThrownBy(() -> unitOfWork().run(() -> {
            unitOfWork().run(() -> outbox().append(4, CHAT, "inner"));
            throw new IllegalStateException("outer failure");
        })).hasMessage("outer failure");

        assertThat(outbox().pending(10)).isEmpty();
    }

    @Test
    void deliveredIsUndoneWithTheUnitOfWorkToo() {
        Outbox.Entry entry = outbox().append(5, CHAT, "reply");

        assertThatThrownBy(() -> unitOfWork().run(() -> {
            outbox().delivered(entry.id());
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(outbox().pending(10)).containsExactly(entry);
    }
}
