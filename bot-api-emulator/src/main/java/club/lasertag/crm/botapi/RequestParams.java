package club.lasertag.crm.botapi;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of one Bot API call, whatever way the client encoded them: query string,
 * {@code application/x-www-form-urlencoded}, {@code multipart/form-data} (pengrad's choice for
 * uploads) or {@code application/json}. Nested objects such as {@code reply_markup} stay JSON text,
 * as they travel in the real API.
 */
final class RequestParams {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, Attachment> files = new LinkedHashMap<>();

    static RequestParams parse(String contentType, byte[] body, String rawQuery) {
        RequestParams params = new RequestParams();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            params.addUrlEncoded(rawQuery);
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (body.length == 0) {
            return params;
        }
        if (type.startsWith("multipart/form-data")) {
            params.addMultipart(contentType, body);
        } else if (type.startsWith("application/json")) {
            params.addJson(new String(body, StandardCharsets.UTF_8));
        } else {
            params.addUrlEncoded(new String(body, StandardCharsets.UTF_8));
        }
        return params;
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    String require(String name) {
        String value = values.get(name);
        if (value == null) {
            throw ApiError.badRequest(name + " is empty");
        }
        return value;
    }

    long requireLong(String name) {
        String value = require(name);
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("invalid " + name + " specified");
        }
    }

    int intOr(String name, int fallback) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("invalid " + name + " specified");
        }
    }

    boolean flag(String name) {
        return Boolean.parseBoolean(values.getOrDefault(name, "false").trim());
    }

    Optional<Attachment> file(String name) {
        return Optional.ofNullable(files.get(name));
    }

    /** A copy for the call log: uploaded files appear as a short description, not bytes. */
    Map<String, String> asLoggedMap() {
        Map<String, String> copy = new LinkedHashMap<>(values);
        files.forEach((name, file) -> copy.put(name, "<file " + file.fileName() + ", " + file.size() + " bytes>"));
        return copy;
    }

    private void addUrlEncoded(String encoded) {
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            values.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
    }

    private void addJson(String json) {
        JsonElement root;
        try {
            root = JsonParser.parseString(json);
        } catch (RuntimeException e) {
            throw ApiError.badRequest("can't parse JSON request body");
        }
        if (!root.isJsonObject()) {
            throw ApiError.badRequest("JSON request body must be an object");
        }
        JsonObject object = root.getAsJsonObject();
        for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
            JsonElement value = entry.getValue();
            if (value.isJsonNull()) {
                continue;
            }
            values.put(entry.getKey(), value.isJsonPrimitive() ? value.getAsString() : value.toString());
        }
    }

    private void addMultipart(String contentType, byte[] body) {
        String boundary = multipartBoundary(contentType);
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int position = indexOf(body, delimiter, 0);
        while (position >= 0) {
            int partStart = position + delimiter.length;
            if (partStart + 1 < body.length && body[partStart] == '-' && body[partStart + 1] == '-') {
                return; // closing delimiter
            }
            partStart = skipLineBreak(body, partStart);
            int next = indexOf(body, delimiter, partStart);
            if (next < 0) {
                throw ApiError.badRequest("malformed multipart body");
            }
            int partEnd = next;
            if (partEnd >= 2 && body[partEnd - 2] == '\r' && body[partEnd - 1] == '\n') {
                partEnd -= 2;
            }
            addPart(body, partStart, partEnd);
            position = next;
        }
    }

    private void addPart(byte[] body, int start, int end) {
        byte[] headerEnd = "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        int split = indexOf(body, headerEnd, start);
        if (split < 0 || split > end) {
            throw ApiError.badRequest("malformed multipart part");
        }
        String headers = new String(body, start, split - start, StandardCharsets.UTF_8);
        String name = null;
        String fileName = null;
        String partType = "application/octet-stream";
        for (String line : headers.split("\r\n")) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-disposition:")) {
                name = headerAttribute(line, "name");
                fileName = headerAttribute(line, "filename");
            } else if (lower.startsWith("content-type:")) {
                partType = line.substring(line.indexOf(':') + 1).trim();
            }
        }
        if (name == null) {
            return;
        }
        int contentStart = split + headerEnd.length;
        byte[] content = java.util.Arrays.copyOfRange(body, contentStart, Math.max(contentStart, end));
        if (fileName != null) {
            files.put(name, Attachment.uploaded(fileName, partType, content));
        } else {
            values.put(name, new String(content, StandardCharsets.UTF_8));
        }
    }

    private static String headerAttribute(String header, String attribute) {
        for (String piece : header.split(";")) {
            String trimmed = piece.trim();
            if (trimmed.startsWith(attribute + "=")) {
                String value = trimmed.substring(attribute.length() + 1);
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return unescapeQuoted(value);
            }
        }
        return null;
    }

    private static String unescapeQuoted(String value) {
        // okhttp percent-encodes quotes and line breaks in names; decode just those.
        return value.replace("%22", "\"").replace("%0D", "\r").replace("%0A", "\n");
    }

    private static String multipartBoundary(String contentType) {
        for (String piece : contentType.split(";")) {
            String trimmed = piece.trim();
            if (trimmed.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
                String boundary = trimmed.substring("boundary=".length());
                if (boundary.startsWith("\"") && boundary.endsWith("\"") && boundary.length() >= 2) {
                    boundary = boundary.substring(1, boundary.length() - 1);
                }
                return boundary;
            }
        }
        throw ApiError.badRequest("multipart body without boundary");
    }

    private static int skipLineBreak(byte[] body, int index) {
        if (index + 1 < body.length && body[index] == '\r' && body[index + 1] == '\n') {
            return index + 2;
        }
        if (index < body.length && body[index] == '\n') {
            return index + 1;
        }
        return index;
    }

    static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(from, 0); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static byte[] readAll(java.io.InputStream in) throws java.io.IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }
}
