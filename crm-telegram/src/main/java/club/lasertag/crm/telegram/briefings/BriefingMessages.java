package club.lasertag.crm.telegram.briefings;

import club.lasertag.crm.domain.briefing.Briefing;
import club.lasertag.crm.domain.briefing.ConfirmationList;
import club.lasertag.crm.domain.briefing.FollowUps;
import club.lasertag.crm.domain.briefing.MorningPlan;
import club.lasertag.crm.domain.briefing.PlannedGame;
import club.lasertag.crm.domain.order.Gift;
import club.lasertag.crm.domain.port.in.Briefings;
import club.lasertag.crm.domain.staff.StaffId;
import club.lasertag.crm.telegram.calendar.CalendarLinks;
import club.lasertag.crm.telegram.chat.Html;
import club.lasertag.crm.telegram.chat.Labels;
import club.lasertag.crm.telegram.chat.PhoneFormat;
import club.lasertag.crm.telegram.chat.Screen;
import club.lasertag.crm.telegram.chat.Texts;
import club.lasertag.crm.telegram.orders.OrderLinks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The briefings as messages, in a recipient's language; empty when the briefing has nothing to say. */
public final class BriefingMessages {

    private final Briefings briefings;

    public BriefingMessages(Briefings briefings) {
        this.briefings = briefings;
    }

    /** The message of {@code briefing} sent on {@code day} to {@code recipient}. */
    public Optional<Screen> compose(Briefing briefing, LocalDate day, StaffId recipient, Texts texts) {
        return switch (briefing) {
            case MORNING_PLAN -> briefings.morningPlan(day, recipient).map(plan -> morningPlan(plan, texts));
            case CONFIRMATIONS -> briefings.confirmations(day, recipient).map(list -> confirmations(list, texts));
            case FOLLOW_UPS -> briefings.followUps(day, recipient).map(followUps -> followUps(followUps, texts));
        };
    }

    static Screen morningPlan(MorningPlan plan, Texts texts) {
        Labels labels = new Labels(texts);
        List<String> lines = new ArrayList<>();
        lines.add(texts.get("briefing.morning.title", labels.day(plan.day()),
                String.valueOf(plan.games().size()), String.valueOf(plan.players())));
        plan.byPolygon().forEach((polygon, games) -> {
            if (!games.isEmpty()) {
                lines.add("");
                lines.add("<b>" + Html.escape(labels.polygon(polygon)) + "</b>");
                games.forEach(game -> lines.add(texts.get("briefing.morning.game", Labels.time(game.start()),
                        Labels.time(game.gameEnd()), String.valueOf(game.players()), labels.gameType(game.gameType()),
                        who(game, texts))));
            }
        });
        if (!plan.byRestRoom().isEmpty()) {
            lines.add("");
            lines.add(texts.get("briefing.morning.rooms"));
            plan.byRestRoom().forEach((room, games) -> games.forEach(game -> lines.add(texts.get(
                    "briefing.morning.room", labels.room(room), Labels.time(game.gameEnd()), Labels.time(game.end()),
                    who(game, texts)))));
        }
        lines.add("");
        lines.add(gifts(plan.giftsToPrepare(), labels, texts));
        return Screen.builder(String.join("\n", lines))
                .row(CalendarLinks.day(texts.get("briefing.toDay"), plan.day()))
                .build();
    }

    static Screen confirmations(ConfirmationList list, Texts texts) {
        Labels labels = new Labels(texts);
        List<String> lines = new ArrayList<>();
        lines.add(texts.get("briefing.confirm.title", labels.day(list.day()),
                String.valueOf(list.unconfirmed().size())));
        list.unconfirmed().forEach(game -> lines.add(texts.get("briefing.confirm.game", Labels.time(game.start()),
                labels.polygon(game.polygon()), String.valueOf(game.players()), who(game, texts))));
        Screen.Builder screen = Screen.builder(String.join("\n", lines));
        for (PlannedGame game : list.unconfirmed()) {
            String time = Labels.time(game.start());
            screen.row(OrderLinks.confirm(texts.get("briefing.confirm.yes", time), game.orderId()),
                    OrderLinks.cancel(texts.get("briefing.confirm.no", time), game.orderId()));
        }
        return screen.build();
    }

    static Screen followUps(FollowUps followUps, Texts texts) {
        Labels labels = new Labels(texts);
        List<String> lines = new ArrayList<>();
        lines.add(texts.get("briefing.followUps.title"));
        if (!followUps.toThank().isEmpty()) {
            lines.add("");
            lines.add(texts.get("briefing.followUps.thank"));
            followUps.toThank().forEach(game -> lines.add("• " + who(game, texts)));
        }
        if (!followUps.toInviteAgain().isEmpty()) {
            lines.add("");
            lines.add(texts.get("briefing.followUps.invite"));
            followUps.toInviteAgain().forEach(game -> lines.add(texts.get("briefing.followUps.invited",
                    who(game, texts), labels.day(game.start().toLocalDate()))));
        }
        Screen.Builder screen = Screen.builder(String.join("\n", lines));
        List<PlannedGame> all = new ArrayList<>(followUps.toThank());
        all.addAll(followUps.toInviteAgain());
        all.forEach(game -> screen.row(OrderLinks.card(game.clientName().orElse(texts.get("briefing.noClient"))
                + " · " + Labels.dayMonth(game.start().toLocalDate()), game.orderId())));
        return screen.build();
    }

    /** The client's name and, for those who may see it, phone; escaped for HTML. */
    private static String who(PlannedGame game, Texts texts) {
        String name = Html.escape(game.clientName().orElse(texts.get("briefing.noClient")));
        return game.phone().map(phone -> name + " · " + PhoneFormat.readable(phone)).orElse(name);
    }

    private static String gifts(Map<Gift, Integer> gifts, Labels labels, Texts texts) {
        if (gifts.isEmpty()) {
            return texts.get("briefing.morning.noGifts");
        }
        List<String> parts = new ArrayList<>();
        gifts.forEach((gift, count) -> parts.add(Html.escape(labels.gift(gift)) + " × " + count));
        return texts.get("briefing.morning.gifts", String.join(", ", parts));
    }
}
