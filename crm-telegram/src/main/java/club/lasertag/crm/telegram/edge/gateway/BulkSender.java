package club.lasertag.crm.telegram.edge.gateway;

import com.pengrad.telegrambot.request.BaseRequest;
import com.pengrad.telegrambot.response.BaseResponse;
import java.util.Objects;

/**
 * The way for messages the bot sends on its own to many chats (reminders, digests): each waits for its turn at the
 * {@link SendLimiter}, then goes through the {@link TelegramGateway} (which still waits out a 429 and resends after
 * a 5xx). Nothing is dropped: a caller sending more than the limits allow is slowed down. Replies to a manager's own
 * action go straight to the gateway instead.
 */
public final class BulkSender {

    private final TelegramGateway telegram;
    private final SendLimiter limiter;

    public BulkSender(TelegramGateway telegram, SendLimiter limiter) {
        this.telegram = Objects.requireNonNull(telegram, "telegram");
        this.limiter = Objects.requireNonNull(limiter, "limiter");
    }

    /**
     * Sends {@code request} to {@code chatId} when the limits allow.
     *
     * @throws InterruptedException when interrupted while waiting for its turn (nothing was sent)
     */
    public <T extends BaseRequest<T, R>, R extends BaseResponse> TelegramResult<R> send(long chatId,
            BaseRequest<T, R> request) throws InterruptedException {
        limiter.acquire(chatId);
        return telegram.execute(request);
    }
}
