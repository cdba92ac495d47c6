package club.lasertag.crm.pictures;

import static org.assertj.core.api.Assertions.assertThat;

import club.lasertag.crm.domain.order.GameType;
import club.lasertag.crm.domain.order.OrderId;
import club.lasertag.crm.domain.order.OrderStatus;
import club.lasertag.crm.domain.order.Polygon;
import club.lasertag.crm.domain.order.RestRoom;
import club.lasertag.crm.domain.picture.DayBoard;
import club.lasertag.crm.domain.picture.DayBoard.Block;
import club.lasertag.crm.domain.picture.DayBoard.Lane;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The day picture: a PNG whose blocks are where the bookings are, in their status' colour. */
class Java2dDayPicturesTest {

    private static final LocalDate DAY = LocalDate.of(2030, 6, 15);
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final Java2dDayPictures pictures = new Java2dDayPictures();

    @Test
    void aDayIsAPngOfTheExpectedSize() throws IOException {
        BufferedImage image = draw(board(Optional.empty(), List.of(List.of(), List.of(), List.of()), List.of(List.of(), List.of())));

        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(DayLayout.HEADER + 5 * (DayLayout.MAIN_HEIGHT
                + DayLayout.CANCELLED_HEIGHT + DayLayout.LANE_GAP) + DayLayout.FOOTER);
    }

    @Test
    void eachBookingIsABlockInItsLaneAtItsTimesInItsStatusColour() throws IOException {
        Block arena = block(1, "12:00", "13:30", "Иванова Мария", OrderStatus.CONFIRMED);
        Block forest = block(2, "18:00", "19:00", "Петров", OrderStatus.NEW);
        Block rest = block(1, "13:30", "14:30", "Иванова Мария", OrderStatus.CONFIRMED);
        DayBoard board = board(Optional.empty(), List.of(List.of(arena), List.of(), List.of(forest)), List.of(List.of(rest), List.of()));

        BufferedImage image = draw(board);

        // The axis runs from 10:00 (x = 186) to 24:00 (x = 1264): 1078 px for 840 minutes.
        assertThat(x(LocalTime.of(12, 0))).isEqualTo(186 + 154);
        assertThat(colourAt(image, between("12:00", "13:30"), middleOf(0))).isEqualTo(Java2dDayPictures.STATUS.get(OrderStatus.CONFIRMED));
        assertThat(colourAt(image, nearEnd("13:30"), middleOf(0))).isEqualTo(Java2dDayPictures.STATUS.get(OrderStatus.CONFIRMED));
        assertThat(colourAt(image, between("14:00", "17:00"), middleOf(0))).as("the arena is free after 13:30")
                .isEqualTo(Java2dDayPictures.LANE);
        assertThat(colourAt(image, between("18:00", "19:00"), middleOf(1))).as("nothing in the park")
                .isEqualTo(Java2dDayPictures.LANE);
        assertThat(colourAt(image, nearEnd("19:00"), middleOf(2))).isEqualTo(Java2dDayPictures.STATUS.get(OrderStatus.NEW));
        assertThat(colourAt(image, nearEnd("14:30"), middleOf(3))).as("room 1 after the game")
                .isEqualTo(Java2dDayPictures.STATUS.get(OrderStatus.CONFIRMED));
        assertThat(colourAt(image, nearEnd("14:30"), middleOf(4))).as("room 2 is free").isEqualTo(Java2dDayPictures.LANE);
    }

    @Test
    void cancelledBookingsAreGreyInTheStripUnderTheirLaneNotInIt() throws IOException {
        Block cancelled = block(3, "15:00", "16:00", "Сидоров", OrderStatus.CANCELLED);
        DayBoard board = board(Optional.empty(), List.of(List.of(), List.of(cancelled), List.of()), List.of(List.of(), List.of()));
        DayLayout layout = new DayLayout(board);

        BufferedImage image = draw(board);

        assertThat(colourAt(image, nearEnd("16:00"), middleOf(1))).isEqualTo(Java2dDayPictures.LANE);
        int stripY = layout.cancelledTop(1) + DayLayout.CANCELLED_HEIGHT - 6; // under its text
        List<Color> strip = java.util.stream.IntStream.range(x(LocalTime.of(15, 0)) + 3, x(LocalTime.of(16, 0)) - 3)
                .mapToObj(x -> new Color(image.getRGB(x, stripY))).toList();
        assertThat(strip).as("grey, hatched").contains(Java2dDayPictures.CANCELLED)
                .allSatisfy(colour -> assertThat(isGrey(colour)).as(colour.toString()).isTrue());
    }

    @Test
    void todayHasARedLineAtTheCurrentTimeAndOtherDaysNone() throws IOException {
        LocalDateTime now = DAY.atTime(16, 20);
        BufferedImage today = draw(board(Optional.of(now), List.of(List.of(), List.of(), List.of()), List.of(List.of(), List.of())));
        BufferedImage otherDay = draw(board(Optional.empty(), List.of(List.of(), List.of(), List.of()), List.of(List.of(), List.of())));

        int x = x(now.toLocalTime());
        assertThat(colourAt(today, x, middleOf(2))).isEqualTo(Java2dDayPictures.NOW);
        assertThat(colourAt(otherDay, x, middleOf(2))).isNotEqualTo(Java2dDayPictures.NOW);
    }

    @Test
    void longNamesAndManyBookingsStillDraw() throws IOException {
        List<Block> full = new java.util.ArrayList<>();
        for (int hour = 10; hour < 24; hour++) {
            full.add(block(hour, hour + ":00", hour + ":30", "Константинопольская-Щедрина Анастасия Александровна",
                    OrderStatus.values()[hour % 4]));
        }
        BufferedImage image = draw(board(Optional.of(DAY.atTime(23, 59)), List.of(full, full, full), List.of(full, full)));

        assertThat(image.getWidth()).isEqualTo(1280);
    }

    @Test
    void theTextIsInEnglishForEnglish() {
        Words words = new Words(Locale.ENGLISH);

        assertThat(words.field(Polygon.FOREST)).isEqualTo("Forest");
        assertThat(new Words(RUSSIAN).field(Polygon.FOREST)).isEqualTo("Лес");
        assertThat(new Words(Locale.GERMAN).status(OrderStatus.NO_SHOW)).isEqualTo("не пришли");
    }

    private BufferedImage draw(DayBoard board) throws IOException {
        byte[] png = pictures.png(board, RUSSIAN);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
        Path target = Path.of("target", "day-picture-test.png");
        Files.createDirectories(target.getParent());
        Files.write(target, png);
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    private static DayBoard board(Optional<LocalDateTime> now, List<List<Block>> fields, List<List<Block>> rooms) {
        return new DayBoard(DAY, DAY.atTime(10, 0), DAY.plusDays(1).atStartOfDay(), now, List.of(
                Lane.of(Polygon.ARENA, fields.get(0)), Lane.of(Polygon.PARK, fields.get(1)),
                Lane.of(Polygon.FOREST, fields.get(2)),
                Lane.of(RestRoom.ROOM_1, rooms.get(0)), Lane.of(RestRoom.ROOM_2, rooms.get(1))));
    }

    private static Block block(long id, String start, String end, String client, OrderStatus status) {
        return new Block(new OrderId(id), DAY.atTime(LocalTime.parse(pad(start))), DAY.atTime(LocalTime.parse(pad(end))),
                client, 12, GameType.BIRTHDAY, status);
    }

    private static String pad(String time) {
        return time.length() == 4 ? "0" + time : time;
    }

    /** The x of a time, from the layout's own numbers: 10:00 at 186, 1078 px for the 14 hours to midnight. */
    private static int x(LocalTime time) {
        return 186 + (int) Math.round((time.toSecondOfDay() / 60 - 600) * 1078.0 / 840);
    }

    private static int between(String from, String to) {
        return (x(LocalTime.parse(pad(from))) + x(LocalTime.parse(pad(to)))) / 2;
    }

    /** Just inside a block's right edge, where no text reaches. */
    private static int nearEnd(String end) {
        return x(LocalTime.parse(pad(end))) - 4;
    }

    private static int middleOf(int lane) {
        return DayLayout.HEADER + lane * (DayLayout.MAIN_HEIGHT + DayLayout.CANCELLED_HEIGHT + DayLayout.LANE_GAP)
                + DayLayout.MAIN_HEIGHT / 2;
    }

    private static Color colourAt(BufferedImage image, int x, int y) {
        return new Color(image.getRGB(x, y));
    }

    private static boolean isGrey(Color colour) {
        return Math.abs(colour.getRed() - colour.getGreen()) < 8 && Math.abs(colour.getGreen() - colour.getBlue()) < 8;
    }
}
