package club.lasertag.crm.telegram.chat;

import club.lasertag.crm.domain.staff.Permission;

/**
 * What a button does, decoded from its callback data by its feature's {@link CallbackCodec}: each feature has a
 * sealed family of these records. It declares the permission pressing it needs; the {@link Router} checks it
 * before the feature sees the press, and screens hide the button from roles without it.
 */
public interface Action {

    Permission permission();
}
