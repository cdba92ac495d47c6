package club.lasertag.crm.telegram.chat;

import java.util.Arrays;
import java.util.Objects;

/**
 * A file the bot sends (a picture or a document): the name the user sees and saves it under, its media type and its
 * bytes. Immutable: the bytes are copied in and out.
 */
public record Upload(String fileName, String mimeType, byte[] bytes) {

    public static final String PNG = "image/png";

    public Upload {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mimeType, "mimeType");
        Objects.requireNonNull(bytes, "bytes");
        if (fileName.isBlank()) {
            throw new IllegalArgumentException("an upload needs a file name");
        }
        if (bytes.length == 0) {
            throw new IllegalArgumentException("an upload needs content: " + fileName + " is empty");
        }
        bytes = bytes.clone();
    }

    /** A PNG picture. */
    public static Upload png(String fileName, byte[] bytes) {
        return new Upload(fileName, PNG, bytes);
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
        return other instanceof Upload that && fileName.equals(that.fileName) && mimeType.equals(that.mimeType)
                && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, mimeType, Arrays.hashCode(bytes));
    }

    @Override
    public String toString() {
        return "Upload[" + fileName + ", " + mimeType + ", " + bytes.length + " bytes]";
    }
}
