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

    /**
     * A picture as a new message (Telegram's sendPhoto): the image, and its caption's text and buttons (the caption
     * cut to Telegram's {@value #MAX_CAPTION} characters; an empty caption sends none).
     */
    record Photo(Upload image, Screen caption) implements Reply {

        /** Telegram's limit for a photo uploaded by a bot. */
        public static final int MAX_BYTES = 10 * 1024 * 1024;

        public Photo {
            Objects.requireNonNull(image, "image");
            caption = fittedCaption(caption);
            if (image.size() > MAX_BYTES) {
                throw new IllegalArgumentException("a photo is at most " + MAX_BYTES + " bytes: " + image);
            }
        }
    }

    /**
     * A file as a new message (Telegram's sendDocument), saved by the user under its file name, with a caption's
     * text and buttons as for {@link Photo}.
     */
    record Document(Upload file, Screen caption) implements Reply {

        /** Telegram's limit for a file uploaded by a bot. */
        public static final int MAX_BYTES = 50 * 1024 * 1024;

        public Document {
            Objects.requireNonNull(file, "file");
            caption = fittedCaption(caption);
            if (file.size() > MAX_BYTES) {
                throw new IllegalArgumentException("a document is at most " + MAX_BYTES + " bytes: " + file);
            }
        }
    }

    /** Telegram's limit for a caption of a photo or document. */
    int MAX_CAPTION = 1024;

    private static Screen fittedCaption(Screen caption) {
        Objects.requireNonNull(caption, "caption");
        return caption.html().length() > MAX_CAPTION
                ? new Screen(Html.cut(caption.html(), MAX_CAPTION), caption.keyboard())
                : caption;
    }

    /** The answer to a button press: a short notice, or none ({@code text} null), so the client stops waiting. */
    record Notice(String callbackId, String text) implements Reply {

        public Notice {
            Objects.requireNonNull(callbackId, "callbackId");
        }
    }
}
