package club.lasertag.crm.telegram.chat;

import club.lasertag.crm.domain.staff.Role;

/** Replies that show a role only the buttons it may press. */
final class RoleReplies implements Replies {

    private final Replies replies;
    private final Role role;

    RoleReplies(Replies replies, Role role) {
        this.replies = replies;
        this.role = role;
    }

    @Override
    public void send(Screen screen) {
        replies.send(screen.shownTo(role));
    }

    @Override
    public void show(Screen screen) {
        replies.show(screen.shownTo(role));
    }

    @Override
    public void photo(Upload image, Screen caption) {
        replies.photo(image, caption.shownTo(role));
    }

    @Override
    public void document(Upload file, Screen caption) {
        replies.document(file, caption.shownTo(role));
    }

    @Override
    public void notice(String text) {
        replies.notice(text);
    }
}
