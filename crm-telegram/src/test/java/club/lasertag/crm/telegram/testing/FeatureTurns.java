package club.lasertag.crm.telegram.testing;

import club.lasertag.crm.chat.dialog.DialogStates;
import club.lasertag.crm.domain.staff.Role;
import club.lasertag.crm.domain.staff.StaffId;
import club.lasertag.crm.domain.testing.TestCrm;
import club.lasertag.crm.telegram.chat.CommandMenu;
import club.lasertag.crm.telegram.chat.Feature;
import club.lasertag.crm.telegram.chat.Incoming;
import club.lasertag.crm.telegram.chat.Replies;
import club.lasertag.crm.telegram.chat.Router;
import club.lasertag.crm.telegram.chat.Screen;
import club.lasertag.crm.telegram.chat.Sender;
import club.lasertag.crm.telegram.chat.Texts;
import club.lasertag.crm.telegram.chat.Upload;

import java.util.ArrayList;
import java.util.List;

/**
 * Presses on one feature through the router, without Telegram: for presses the emulator cannot make (forged data,
 * a button no message shows), by someone whose role is given. What the feature answers is recorded as lines such as {@code "notice: ..."}.
 */
public final class FeatureTurns {

    public static final long CHAT = 3;

    private final Router router;
    private final List<String> replies = new ArrayList<>();

    public FeatureTurns(TestCrm crm, DialogStates dialogs, Feature<?> feature) {
        this.router = new Router(List.of(feature), crm.staffService, dialogs, crm.clock, CommandMenu.NONE);
    }

    /** A press of a button carrying {@code data}, by someone with {@code role}, in Russian. */
    public void press(Role role, String data) {
        Incoming incoming = new Incoming(1, CHAT, true, new Sender(actorOf(role).value(), "Игорь", null, Texts.RUSSIAN),
                new Incoming.Press("query", 10, data));
        router.dispatch(incoming, role, new RecordingReplies());
    }

    /** The staff member of {@link TestCrm} who has the role (in-memory staff). */
    public static StaffId actorOf(Role role) {
        return switch (role) {
            case ADMIN -> TestCrm.ADMIN;
            case MANAGER -> TestCrm.MANAGER;
            case INSTRUCTOR -> TestCrm.INSTRUCTOR;
        };
    }

    /** What the features answered so far. */
    public List<String> replies() {
        return List.copyOf(replies);
    }

    private final class RecordingReplies implements Replies {

        @Override
        public void send(Screen screen) {
            replies.add("send: " + screen.html());
        }

        @Override
        public void show(Screen screen) {
            replies.add("show: " + screen.html());
        }

        @Override
        public void photo(Upload image, Screen caption) {
            replies.add("photo: " + image.fileName() + " " + caption.html());
        }

        @Override
        public void document(Upload file, Screen caption) {
            replies.add("document: " + file.fileName() + " " + caption.html());
        }

        @Override
        public void notice(String text) {
            replies.add("notice: " + text);
        }
    }
}
