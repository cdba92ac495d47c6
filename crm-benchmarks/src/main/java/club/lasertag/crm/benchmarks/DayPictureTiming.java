package club.lasertag.crm.benchmarks;

import club.lasertag.crm.domain.order.GameType;
import club.lasertag.crm.domain.order.OrderId;
import club.lasertag.crm.domain.order.OrderStatus;
import club.lasertag.crm.domain.order.Polygon;
import club.lasertag.crm.domain.order.RestRoom;
import club.lasertag.crm.domain.picture.DayBoard;
import club.lasertag.crm.domain.picture.DayBoard.Block;
import club.lasertag.crm.domain.picture.DayBoard.Lane;
import club.lasertag.crm.pictures.Java2dDayPictures;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How long the day picture takes to draw and encode on a busy day (36 games over the three fields, 24 rests, 6
 * cancelled), against a baseline: encoding a blank picture of the same size as PNG, the part no drawing can avoid.
 * A timed main (not JMH: the target is a latency a person waits for, 300 ms). Prints median and p99 in ms.
 *
 * <pre>
 * java -cp ... club.lasertag.crm.benchmarks.DayPictureTiming [runs] [picture.png]
 * </pre>
 * With a second argument it also writes the picture there (docs/day-picture.png is made this way).
 */
public final class DayPictureTiming {

    private static final String[] CLIENTS = {"Смирнова Анна", "Кузнецов Иван", "Попова Мария", "Соколов Дмитрий",
            "Лебедева Ольга", "Новиков Артём", "Морозова Дарья", "Волков Никита", "Фёдорова Ксения", "Зайцев Егор",
            "Павлова Алиса", "Семёнов Глеб"};

    private static final Logger log = LoggerFactory.getLogger(DayPictureTiming.class);

    private DayPictureTiming() {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        LocalDate day = LocalDate.of(2030, 6, 15);
        DayBoard board = busyDay(day);
        Java2dDayPictures pictures = new Java2dDayPictures();
        Locale russian = Locale.forLanguageTag("ru");
        byte[] png = pictures.png(board, russian);
        if (args.length > 1) {
            Files.write(Path.of(args[1]), png);
            log.info("wrote {} ({} bytes)", args[1], png.length);
        }
        BufferedImage decoded = ImageIO.read(new java.io.ByteArrayInputStream(png));
        double[] drawing = time(runs, () -> pictures.png(board, russian));
        double[] blank = time(runs, () -> blankPng(decoded.getWidth(), decoded.getHeight()));
        log.info(String.format(Locale.ROOT, "day picture %dx%d, %d bytes, %d runs", decoded.getWidth(),
                decoded.getHeight(), png.length, runs));
        log.info(String.format(Locale.ROOT, "draw + encode: median %.1f ms, p99 %.1f ms", median(drawing), p99(drawing)));
        log.info(String.format(Locale.ROOT, "blank PNG (baseline): median %.1f ms, p99 %.1f ms", median(blank),
                p99(blank)));
        log.info(String.format(Locale.ROOT, "ratio (median): %.2fx", median(drawing) / median(blank)));
    }

    /** 12 one-hour games a field from 10:00, each with an hour of rest in room 1 or 2 (the arena's and the park's). */
    static DayBoard busyDay(LocalDate day) {
        List<List<Block>> fields = new ArrayList<>();
        List<Block> room1 = new ArrayList<>();
        List<Block> room2 = new ArrayList<>();
        long id = 1;
        for (Polygon field : Polygon.values()) {
            List<Block> games = new ArrayList<>();
            for (int hour = 10; hour < 22; hour++) {
                LocalDateTime start = day.atTime(hour, field == Polygon.FOREST ? 30 : 0);
                OrderStatus status = hour < 13 ? OrderStatus.COMPLETED : hour == 13 && field == Polygon.PARK
                        ? OrderStatus.NO_SHOW : hour % 3 == 0 ? OrderStatus.NEW : OrderStatus.CONFIRMED;
                String client = CLIENTS[(int) (id % CLIENTS.length)];
                GameType type = GameType.values()[(int) (id % GameType.values().length)];
                games.add(new Block(new OrderId(id), start, start.plusHours(1), client, 6 + (int) (id * 7 % 25), type, status));
                if (field != Polygon.FOREST && hour % 2 == (field == Polygon.ARENA ? 0 : 1)) {
                    (field == Polygon.ARENA ? room1 : room2).add(new Block(new OrderId(id), start.plusHours(1),
                            start.plusHours(2), client, 6 + (int) (id * 7 % 25), type, status));
                }
                if (hour % 4 == 1) {
                    games.add(new Block(new OrderId(1000 + id), start, start.plusHours(1), CLIENTS[(int) ((id + 5) % 12)],
                            10, type, OrderStatus.CANCELLED));
                }
                id++;
            }
            fields.add(games);
        }
        return new DayBoard(day, day.atTime(10, 0), day.plusDays(1).atStartOfDay(), java.util.Optional.of(day.atTime(16, 40)),
                List.of(Lane.of(Polygon.ARENA, fields.get(0)), Lane.of(Polygon.PARK, fields.get(1)),
                        Lane.of(Polygon.FOREST, fields.get(2)), Lane.of(RestRoom.ROOM_1, room1),
                        Lane.of(RestRoom.ROOM_2, room2)));
    }

    private static byte[] blankPng(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static double[] time(int runs, Runnable work) {
        for (int i = 0; i < Math.max(20, runs / 5); i++) {
            work.run(); // warm-up
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    private static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    private static double p99(double[] sorted) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.99) - 1)];
    }
}
