package club.lasertag.crm.telegram.feed;

import club.lasertag.crm.domain.staff.Permission;
import club.lasertag.crm.telegram.chat.Action;

/** The feed's buttons; {@link FeedCallbacks} encodes them. */
sealed interface FeedAction extends Action {

    @Override
    default Permission permission() {
        return Permission.VIEW_SCHEDULE;
    }

    /** A new link in place of the old one, which stops working at once. */
    record Renew() implements FeedAction {
    }
}
