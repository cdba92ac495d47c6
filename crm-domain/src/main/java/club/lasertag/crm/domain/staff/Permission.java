package club.lasertag.crm.domain.staff;

/** Something a role allows; every use case requires one. */
public enum Permission {
    /** The month overview, the day schedule and order cards. */
    VIEW_SCHEDULE,
    /** Finding, adding, editing and deleting clients, and their order history. */
    MANAGE_CLIENTS,
    /** Booking, rescheduling, editing and cancelling orders, and finding free start times. */
    MANAGE_ORDERS,
    /** Listing, adding, changing and removing managers and instructors. */
    MANAGE_STAFF,
    /** Setting the club's own settings, such as when the briefings go out. */
    CONFIGURE_CLUB,
    /** Taking a copy of the whole database (every client's data): the admin's alone. */
    BACKUP_DATABASE,
    /** Exporting clients and orders as files (every phone and every booking leaves the CRM). */
    EXPORT_DATA,
    /** Seeing orders' prices and balances, recording deposits, payments and refunds, overriding an order's price. */
    MANAGE_PAYMENTS,
    /** Editing the price list. */
    EDIT_PRICES,
    /** Reading the audit log of clients and orders. */
    VIEW_HISTORY
}
