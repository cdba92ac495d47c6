package club.lasertag.crm.pictures;

import club.lasertag.crm.domain.picture.DayBoard;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Where things are on the day picture: 1280 px wide (a phone shows it across its screen and zooms in), the lanes
 * under each other, the hours across. Each lane has its main part (the bookings that hold the field or room) and,
 * under it, a strip for the cancelled ones.
 */
final class DayLayout {

    static final int WIDTH = 1280;
    static final int MARGIN = 16;
    static final int LABEL_WIDTH = 170;
    static final int HEADER = 118;
    static final int MAIN_HEIGHT = 116;
    static final int CANCELLED_HEIGHT = 40;
    static final int LANE_GAP = 8;
    static final int FOOTER = 40;

    private final DayBoard board;
    private final double pixelsPerMinute;

    DayLayout(DayBoard board) {
        this.board = board;
        this.pixelsPerMinute = (double) (right() - left()) / Duration.between(board.from(), board.to()).toMinutes();
    }

    int width() {
        return WIDTH;
    }

    int height() {
        return HEADER + board.lanes().size() * (MAIN_HEIGHT + CANCELLED_HEIGHT + LANE_GAP) + FOOTER;
    }

    /** The left edge of the time axis (the board's first hour). */
    int left() {
        return MARGIN + LABEL_WIDTH;
    }

    /** The right edge of the time axis (the board's last hour). */
    int right() {
        return WIDTH - MARGIN;
    }

    /** The x of a moment on the time axis. */
    int x(LocalDateTime time) {
        return left() + (int) Math.round(Duration.between(board.from(), time).toMinutes() * pixelsPerMinute);
    }

    /** The top of lane {@code index} (0: the first field). */
    int laneTop(int index) {
        return HEADER + index * (MAIN_HEIGHT + CANCELLED_HEIGHT + LANE_GAP);
    }

    /** The top of lane {@code index}'s strip of cancelled bookings. */
    int cancelledTop(int index) {
        return laneTop(index) + MAIN_HEIGHT;
    }

    int laneBottom(int index) {
        return cancelledTop(index) + CANCELLED_HEIGHT;
    }
}
