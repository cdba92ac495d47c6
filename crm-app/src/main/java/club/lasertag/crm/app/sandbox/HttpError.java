package club.lasertag.crm.app.sandbox;

/** An answer to the page other than 200, with a Russian message it can show. */
final class HttpError extends RuntimeException {

    private final int status;

    HttpError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
