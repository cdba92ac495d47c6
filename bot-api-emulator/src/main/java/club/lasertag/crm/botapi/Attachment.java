package club.lasertag.crm.botapi;

import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;

/**
 * A photo, document or sticker in the emulated chat. {@code bytes} is empty when the bot sent a
 * {@code file_id} or URL instead of uploading content.
 */
public record Attachment(String fileId, String fileName, String mimeType, byte[] bytes) {

    public Attachment {
        Objects.requireNonNull(fileId, "fileId");
        bytes = bytes == null ? new byte[0] : bytes.clone();
    }

    static Attachment uploaded(String fileName, String mimeType, byte[] bytes) {
        return new Attachment(newFileId(), fileName, mimeType, bytes);
    }

    static Attachment reference(String fileIdOrUrl) {
        return new Attachment(fileIdOrUrl, null, null, new byte[0]);
    }

    static String newFileId() {
        return "emu-" + UUID.randomUUID().toString().replace("-", "");
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Attachment that
                && fileId.equals(that.fileId)
                && Objects.equals(fileName, that.fileName)
                && Objects.equals(mimeType, that.mimeType)
                && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileId, fileName, mimeType, Arrays.hashCode(bytes));
    }

    @Override
    public String toString() {
        return "Attachment[" + fileId + ", " + fileName + ", " + mimeType + ", " + bytes.length + " bytes]";
    }
}
