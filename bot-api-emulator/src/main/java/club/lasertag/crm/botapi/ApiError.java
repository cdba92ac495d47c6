package club.lasertag.crm.botapi;

/**
 * A Bot API error reply, thrown inside the emulator and turned into
 * {@code {"ok":false,"error_code":...,"description":...}}.
 */
final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int code;
    private final Integer retryAfter;

    ApiError(int code, String description, Integer retryAfter) {
        super(description, null, false, false);
        this.code = code;
        this.retryAfter = retryAfter;
    }

    static ApiError badRequest(String detail) {
        return new ApiError(400, "Bad Request: " + detail, null);
    }

    static ApiError notFound() {
        return new ApiError(404, "Not Found: method not found", null);
    }

    int code() {
        return code;
    }

    String description() {
        return getMessage();
    }

    Integer retryAfter() {
        return retryAfter;
    }
}
