package club.lasertag.crm.app;

/** Startup failed for a reason the person starting the app can fix: said in one line. */
final class StartupException extends RuntimeException {

    StartupException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
