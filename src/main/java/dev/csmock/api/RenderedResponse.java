package dev.csmock.api;

/** A complete Twilio answer as bytes, for the HTTP layer to send as it is or altered by a fault. */
public record RenderedResponse(int status, String contentType, byte[] body) {
}
