package club.lasertag.crm.telegram.staff;

import club.lasertag.crm.domain.staff.Permission;
import club.lasertag.crm.telegram.chat.Flow;
import club.lasertag.crm.telegram.chat.FlowStep;

/** The staff feature's dialog: adding a member, by Telegram id, name, then role. */
enum StaffFlow implements Flow {
    ADD("staff.add");

    private final String code;

    StaffFlow(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Permission permission() {
        return Permission.MANAGE_STAFF;
    }

    /** The questions of {@link #ADD}. */
    enum Step implements FlowStep {
        ID("id"),
        NAME("name"),
        ROLE("role");

        private final String code;

        Step(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }
}
