package club.lasertag.crm.telegram.exports;

import club.lasertag.crm.domain.export.ExportPeriod;
import club.lasertag.crm.domain.staff.Permission;
import club.lasertag.crm.telegram.chat.Action;

/** The exports' buttons; {@link ExportCallbacks} encodes them. */
sealed interface ExportAction extends Action {

    @Override
    default Permission permission() {
        return Permission.EXPORT_DATA;
    }

    record Clients() implements ExportAction {
    }

    record Orders(ExportPeriod period) implements ExportAction {
    }
}
