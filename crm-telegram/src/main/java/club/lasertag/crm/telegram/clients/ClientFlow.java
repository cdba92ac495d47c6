package club.lasertag.crm.telegram.clients;

import club.lasertag.crm.domain.staff.Permission;
import club.lasertag.crm.telegram.chat.Flow;

/**
 * The clients feature's dialogs. Adding and editing go by {@link ClientField} (the steps); a search keeps a query
 * too long for its buttons' data.
 */
enum ClientFlow implements Flow {
    ADD("client.add"),
    EDIT("client.edit"),
    SEARCH("client.search");

    private final String code;

    ClientFlow(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Permission permission() {
        return Permission.MANAGE_CLIENTS;
    }
}
