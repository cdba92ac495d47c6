package club.lasertag.crm.telegram.briefings;

import club.lasertag.crm.domain.briefing.Briefing;
import club.lasertag.crm.domain.staff.Permission;
import club.lasertag.crm.telegram.chat.Action;

import java.util.List;

/** The buttons of {@code /settings}; {@link BriefingCallbacks} encodes them. */
sealed interface BriefingAction extends Action {

    /** The action's name and arguments in the callback data. */
    List<Object> parts();

    /** Turns a briefing on or off for oneself (the domain checks the role may read it). */
    record Receive(Briefing briefing, boolean wanted) implements BriefingAction {
        @Override
        public Permission permission() {
            return Permission.VIEW_SCHEDULE;
        }

        public List<Object> parts() {
            return List.of("receive", briefing.code(), wanted ? 1 : 0);
        }
    }

    /** Moves the morning or the evening time by some minutes (admin). */
    record ShiftTime(boolean morning, int minutes) implements BriefingAction {
        @Override
        public Permission permission() {
            return Permission.CONFIGURE_CLUB;
        }

        public List<Object> parts() {
            return List.of("shift", morning ? "m" : "e", minutes);
        }
    }

    /** Shows a briefing now, as it would be sent today, to whoever presses it. */
    record Preview(Briefing briefing) implements BriefingAction {
        @Override
        public Permission permission() {
            return briefing.needed();
        }

        public List<Object> parts() {
            return List.of("now", briefing.code());
        }
    }
}
