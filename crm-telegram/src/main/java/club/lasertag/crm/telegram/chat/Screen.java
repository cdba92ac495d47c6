package club.lasertag.crm.telegram.chat;

import club.lasertag.crm.domain.staff.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A message as the bot shows it: HTML text (user text in it already escaped) and inline buttons by rows.
 * Text over Telegram's 4096 characters is cut with an ellipsis; lists that can grow are paged by their screens.
 */
public record Screen(String html, List<List<Button>> keyboard) {

    public static final int MAX_TEXT = 4096;

    public Screen {
        Objects.requireNonNull(html, "html");
        keyboard = keyboard.stream().filter(row -> !row.isEmpty()).map(List::copyOf).toList();
        if (html.length() > MAX_TEXT) {
            html = Html.cut(html, MAX_TEXT);
        }
    }

    /** The screen with only the buttons {@code role} may press. */
    public Screen shownTo(Role role) {
        return new Screen(html, keyboard.stream()
                .map(row -> row.stream().filter(button -> button.pressableBy(role)).toList())
                .toList());
    }

    public static Screen of(String html) {
        return new Screen(html, List.of());
    }

    public static Builder builder(String html) {
        return new Builder(html);
    }

    /** Builds a screen row by row. */
    public static final class Builder {

        private final String html;
        private final List<List<Button>> rows = new ArrayList<>();

        private Builder(String html) {
            this.html = html;
        }

        public Builder row(Button... buttons) {
            rows.add(List.of(buttons));
            return this;
        }

        public Builder row(List<Button> buttons) {
            rows.add(List.copyOf(buttons));
            return this;
        }

        /** Buttons laid out {@code perRow} to a row. */
        public Builder grid(List<Button> buttons, int perRow) {
            for (int i = 0; i < buttons.size(); i += perRow) {
                rows.add(List.copyOf(buttons.subList(i, Math.min(buttons.size(), i + perRow))));
            }
            return this;
        }

        public Screen build() {
            return new Screen(html, rows);
        }
    }
}
