package club.lasertag.crm.telegram.chat;

import java.util.Objects;

/**
 * One reply to an update, as data: what {@link Replies} asked for, resolved against the update (which message a
 * press came from, which callback query to answer), so that it can wait in the outbox and be sent after the commit,
 * by this process or, after a crash, by the next one.
 */
public sealed interface Reply {

    /** A new message in the chat. */
    record Send(Screen screen) implements Reply {

        public Send {
            Objects.requireNonNull(screen, "screen");
        }
    }

    /**
     * The screen in place of message {@code messageId} (the one whose button was pressed); a new message only when
     * Telegram says that message cannot be edited.
     */
    record Show(int messageId, Screen screen) implements Reply {

        public Show {
            Objects.requireNonNull(screen, "screen");
        }
    }

    /** The answer to a button press: a short notice, or none ({@code text} null), so the client stops waiting. */
    record Notice(String callbackId, String text) implements Reply {

        public Notice {
            Objects.requireNonNull(callbackId, "callbackId");
        }
    }
}
