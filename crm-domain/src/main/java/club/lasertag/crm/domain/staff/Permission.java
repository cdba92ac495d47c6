package club.lasertag.crm.domain.staff;

/** Something a role allows. */
public enum Permission {
    /** The calendar, the day schedule and order cards. */
    VIEW_CALENDAR,
    /** Finding, adding, editing and deleting clients. */
    MANAGE_CLIENTS,
    /** Booking, rescheduling, editing and cancelling orders. */
    MANAGE_ORDERS,
    /** Adding and removing managers and instructors. */
    MANAGE_STAFF
}
