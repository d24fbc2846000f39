package com.stakeline.store;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Every bad file of the reader's tests, for the tests of what else must leave them alone. */
public final class BadStores {

    private BadStores() {
    }

    /** Each bad file's content by the name of its case. */
    public static Map<String, byte[]> all() {
        Map<String, byte[]> all = new LinkedHashMap<>();
        Stream.of(EventStoreReaderTest.malformedStores(), EventStoreReaderTest.hostileInputs(),
                        EventStoreReaderTest.hostileValues())
                .flatMap(cases -> cases)
                .map(Arguments::get)
                .forEach(arguments -> all.put((String) arguments[0], arguments[1] instanceof String text
                        ? text.getBytes(StandardCharsets.UTF_8) : (byte[]) arguments[1]));
        return all;
    }
}
