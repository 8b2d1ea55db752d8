package dev.dbcloud.clickhouse;

import mockwebserver3.MockResponse;

/** Test support for the raw-response views: answers with headers and an envelope request id. */
final class RawResponses {
    static final String REQUEST_ID = "5b2c9d1e-7a4f-4e3b-9c8d-0f1e2d3c4b5a";
    static final String HEADER_REQUEST_ID = "header-request-id";

    private RawResponses() {}

    /** An answer with {@code code}, a {@code requestId} envelope around {@code resultJson}, and extra headers. */
    static MockResponse answer(int code, String resultJson) {
        String result = resultJson == null ? "" : ",\"result\":" + resultJson;
        return new MockResponse.Builder()
                .code(code)
                .setHeader("Content-Type", "application/json")
                .setHeader("X-Request-Id", HEADER_REQUEST_ID)
                .setHeader("X-RateLimit-Remaining", "41")
                .body("{\"status\":" + code + ",\"requestId\":\"" + REQUEST_ID + "\"" + result + "}")
                .build();
    }
}
