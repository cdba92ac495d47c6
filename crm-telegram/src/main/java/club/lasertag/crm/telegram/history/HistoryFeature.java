package club.lasertag.crm.telegram.history;

import club.lasertag.crm.domain.audit.AuditEntry;
import club.lasertag.crm.domain.audit.FieldChange;
import club.lasertag.crm.domain.audit.Subject;
import club.lasertag.crm.domain.common.Page;
import club.lasertag.crm.domain.order.ClubRules;
import club.lasertag.crm.domain.port.in.ManageStaff;
import club.lasertag.crm.domain.port.in.ViewHistory;
import club.lasertag.crm.telegram.chat.Button;
import club.lasertag.crm.telegram.chat.CallbackCodec;
import club.lasertag.crm.telegram.chat.Command;
import club.lasertag.crm.telegram.chat.Feature;
import club.lasertag.crm.telegram.chat.Html;
import club.lasertag.crm.telegram.chat.Incoming;
import club.lasertag.crm.telegram.chat.Labels;
import club.lasertag.crm.telegram.chat.Screen;
import club.lasertag.crm.telegram.chat.Texts;
import club.lasertag.crm.telegram.chat.Turn;
import club.lasertag.crm.telegram.clients.ClientLinks;
import club.lasertag.crm.telegram.orders.OrderLinks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The audit log of an order or a client, {@link #PAGE} entries to a page, the latest first: when, who, what was
 * done and each changed field before and after. Read only: the bot has no way to change or delete it.
 */
public final class HistoryFeature implements Feature<HistoryAction> {

    static final int PAGE = 5;
    private static final int VALUE_MAX = 60;

    private final ViewHistory history;
    private final ManageStaff staff;
    private final ClubRules rules;

    public HistoryFeature(ViewHistory history, ManageStaff staff, ClubRules rules) {
        this.history = history;
        this.staff = staff;
        this.rules = rules;
    }

    @Override
    public List<Command> commands() {
        return List.of();
    }

    @Override
    public Optional<CallbackCodec<HistoryAction>> callbacks() {
        return Optional.of(HistoryCallbacks.CODEC);
    }

    @Override
    public String deniedKey() {
        return "history.denied";
    }

    @Override
    public void onCommand(Turn turn, Incoming.Command command) {
        turn.replies().notice(null);
    }

    @Override
    public void onButton(Turn turn, HistoryAction action) {
        if (action instanceof HistoryAction.OfOrder order) {
            turn.replies().show(page(turn, Subject.order(order.order()), order.offset(),
                    turn.t("history.order", String.valueOf(order.order().value())),
                    offset -> new HistoryAction.OfOrder(order.order(), offset),
                    OrderLinks.card(turn.t("history.back.order"), order.order())));
        } else if (action instanceof HistoryAction.OfClient client) {
            turn.replies().show(page(turn, Subject.client(client.client()), client.offset(),
                    turn.t("history.client", String.valueOf(client.client().value())),
                    offset -> new HistoryAction.OfClient(client.client(), offset),
                    ClientLinks.card(turn.t("history.back.client"), client.client())));
        }
    }

    private Screen page(Turn turn, Subject subject, int offset, String title,
            java.util.function.IntFunction<HistoryAction> pageAt, Button back) {
        List<AuditEntry> entries = history.history(subject, new Page(offset, PAGE + 1), turn.actor());
        List<AuditEntry> shown = entries.subList(0, Math.min(PAGE, entries.size()));
        Labels labels = new Labels(turn.texts());
        List<String> lines = new ArrayList<>();
        lines.add(title);
        if (shown.isEmpty()) {
            lines.add(turn.t("history.empty"));
        }
        for (AuditEntry entry : shown) {
            lines.add("");
            lines.add(turn.t("history.entry", labels.moment(entry.at(), rules.zone()), who(turn, entry),
                    action(turn, entry.action())));
            for (FieldChange change : entry.changes()) {
                lines.add(turn.t("history.change", field(turn, change.field()), value(turn, change.before()),
                        value(turn, change.after())));
            }
        }
        List<Button> paging = new ArrayList<>();
        if (offset > 0) {
            paging.add(HistoryCallbacks.CODEC.button("◀", pageAt.apply(Math.max(0, offset - PAGE))));
        }
        if (entries.size() > PAGE) {
            paging.add(HistoryCallbacks.CODEC.button("▶", pageAt.apply(offset + PAGE)));
        }
        return Screen.builder(String.join("\n", lines)).row(paging).row(back).build();
    }

    private String who(Turn turn, AuditEntry entry) {
        return staff.nameOf(entry.by(), turn.actor()).map(Html::escape).orElse("id " + entry.by().value());
    }

    private static String action(Turn turn, String action) {
        String key = "history.action." + action;
        return turn.texts().has(key) ? turn.t(key) : Html.escape(action);
    }

    private static String field(Turn turn, String field) {
        String key = "history.field." + field;
        return turn.texts().has(key) ? turn.t(key) : Html.escape(field);
    }

    private static String value(Turn turn, String value) {
        return value.isEmpty() ? "—" : Html.escape(Texts.echo(value.length() > VALUE_MAX
                ? value.substring(0, VALUE_MAX) + "…" : value));
    }
}
