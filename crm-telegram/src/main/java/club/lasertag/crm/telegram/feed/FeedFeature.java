package club.lasertag.crm.telegram.feed;

import club.lasertag.crm.domain.feed.FeedToken;
import club.lasertag.crm.domain.order.ClubRules;
import club.lasertag.crm.domain.port.in.StaffFeed;
import club.lasertag.crm.domain.staff.Permission;
import club.lasertag.crm.telegram.chat.CallbackCodec;
import club.lasertag.crm.telegram.chat.Command;
import club.lasertag.crm.telegram.chat.Feature;
import club.lasertag.crm.telegram.chat.Html;
import club.lasertag.crm.telegram.chat.Incoming;
import club.lasertag.crm.telegram.chat.Labels;
import club.lasertag.crm.telegram.chat.Screen;
import club.lasertag.crm.telegram.chat.Turn;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code /feed}: the staff member's calendar feed, a secret address their phone's calendar subscribes to. The first
 * time it issues one and shows it; only its hash is stored, so later it says when it was issued and offers a new one
 * (the old one stops working at once). For everyone who may see the schedule.
 */
public final class FeedFeature implements Feature<FeedAction> {

    private final StaffFeed feed;
    private final FeedAddress address;
    private final ClubRules rules;

    public FeedFeature(StaffFeed feed, FeedAddress address, ClubRules rules) {
        this.feed = feed;
        this.address = address;
        this.rules = rules;
    }

    @Override
    public List<Command> commands() {
        return List.of(Command.of("feed", Permission.VIEW_SCHEDULE, 60));
    }

    @Override
    public Optional<CallbackCodec<FeedAction>> callbacks() {
        return Optional.of(FeedCallbacks.CODEC);
    }

    @Override
    public String deniedKey() {
        return "feed.denied";
    }

    @Override
    public void onCommand(Turn turn, Incoming.Command command) {
        if (!address.isOn()) {
            turn.replies().send(Screen.of(turn.t("feed.off")));
            return;
        }
        Optional<Instant> issued = feed.issuedAt(turn.actor());
        if (issued.isPresent()) {
            String when = new Labels(turn.texts()).moment(issued.get(), rules.zone());
            turn.replies().send(Screen.builder(turn.t("feed.issued", when)).row(renewButton(turn)).build());
            return;
        }
        turn.replies().send(link(turn, feed.issue(turn.actor())));
    }

    @Override
    public void onButton(Turn turn, FeedAction action) {
        if (!address.isOn()) {
            turn.replies().show(Screen.of(turn.t("feed.off")));
            return;
        }
        turn.replies().show(link(turn, feed.issue(turn.actor())));
        turn.replies().notice(turn.t("feed.renewed"));
    }

    private Screen link(Turn turn, FeedToken token) {
        String url = address.of(token, turn.texts().locale());
        return Screen.builder(turn.t("feed.link", Html.escape(url)) + "\n\n" + turn.t("feed.howTo"))
                .row(renewButton(turn))
                .build();
    }

    private static club.lasertag.crm.telegram.chat.Button renewButton(Turn turn) {
        return FeedCallbacks.CODEC.button(turn.t("feed.renew"), new FeedAction.Renew());
    }
}
