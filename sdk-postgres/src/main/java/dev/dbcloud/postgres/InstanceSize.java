package dev.dbcloud.postgres;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;

/**
 * The VM size of an instance (wire field {@code size}), e.g. {@code r8gd.large}. The constants are the 82 sizes
 * the API listed in mid-2026 (the list shrank from 148 earlier that year); the server validates sizes, so a
 * size added or removed later is simply sent as given: {@code InstanceSize.of("r8gd.large")}. An invalid size
 * is refused by the server with {@code 400 BAD_REQUEST}.
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == InstanceSize.R8GD_LARGE) { … }
 * InstanceSize parsed = InstanceSize.of("r8gd.large");
 * }</pre>
 */
public final class InstanceSize extends OpenEnum {
    private static final Values<InstanceSize> VALUES = new Values<>(InstanceSize::new);

    /** Wire value {@code c6gd.large}. */
    public static final InstanceSize C6GD_LARGE = VALUES.known("c6gd.large");

    /** Wire value {@code c6gd.xlarge}. */
    public static final InstanceSize C6GD_XLARGE = VALUES.known("c6gd.xlarge");

    /** Wire value {@code c6gd.2xlarge}. */
    public static final InstanceSize C6GD_2XLARGE = VALUES.known("c6gd.2xlarge");

    /** Wire value {@code c6gd.4xlarge}. */
    public static final InstanceSize C6GD_4XLARGE = VALUES.known("c6gd.4xlarge");

    /** Wire value {@code c6gd.8xlarge}. */
    public static final InstanceSize C6GD_8XLARGE = VALUES.known("c6gd.8xlarge");

    /** Wire value {@code c6gd.16xlarge}. */
    public static final InstanceSize C6GD_16XLARGE = VALUES.known("c6gd.16xlarge");

    /** Wire value {@code i7i.large}. */
    public static final InstanceSize I7I_LARGE = VALUES.known("i7i.large");

    /** Wire value {@code i7i.xlarge}. */
    public static final InstanceSize I7I_XLARGE = VALUES.known("i7i.xlarge");

    /** Wire value {@code i7i.2xlarge}. */
    public static final InstanceSize I7I_2XLARGE = VALUES.known("i7i.2xlarge");

    /** Wire value {@code i7i.4xlarge}. */
    public static final InstanceSize I7I_4XLARGE = VALUES.known("i7i.4xlarge");

    /** Wire value {@code i7i.8xlarge}. */
    public static final InstanceSize I7I_8XLARGE = VALUES.known("i7i.8xlarge");

    /** Wire value {@code i7i.12xlarge}. */
    public static final InstanceSize I7I_12XLARGE = VALUES.known("i7i.12xlarge");

    /** Wire value {@code i7i.16xlarge}. */
    public static final InstanceSize I7I_16XLARGE = VALUES.known("i7i.16xlarge");

    /** Wire value {@code i7i.24xlarge}. */
    public static final InstanceSize I7I_24XLARGE = VALUES.known("i7i.24xlarge");

    /** Wire value {@code i7ie.large}. */
    public static final InstanceSize I7IE_LARGE = VALUES.known("i7ie.large");

    /** Wire value {@code i7ie.xlarge}. */
    public static final InstanceSize I7IE_XLARGE = VALUES.known("i7ie.xlarge");

    /** Wire value {@code i7ie.2xlarge}. */
    public static final InstanceSize I7IE_2XLARGE = VALUES.known("i7ie.2xlarge");

    /** Wire value {@code i7ie.3xlarge}. */
    public static final InstanceSize I7IE_3XLARGE = VALUES.known("i7ie.3xlarge");

    /** Wire value {@code i7ie.6xlarge}. */
    public static final InstanceSize I7IE_6XLARGE = VALUES.known("i7ie.6xlarge");

    /** Wire value {@code i7ie.12xlarge}. */
    public static final InstanceSize I7IE_12XLARGE = VALUES.known("i7ie.12xlarge");

    /** Wire value {@code i7ie.18xlarge}. */
    public static final InstanceSize I7IE_18XLARGE = VALUES.known("i7ie.18xlarge");

    /** Wire value {@code i7ie.24xlarge}. */
    public static final InstanceSize I7IE_24XLARGE = VALUES.known("i7ie.24xlarge");

    /** Wire value {@code i8g.large}. */
    public static final InstanceSize I8G_LARGE = VALUES.known("i8g.large");

    /** Wire value {@code i8g.xlarge}. */
    public static final InstanceSize I8G_XLARGE = VALUES.known("i8g.xlarge");

    /** Wire value {@code i8g.2xlarge}. */
    public static final InstanceSize I8G_2XLARGE = VALUES.known("i8g.2xlarge");

    /** Wire value {@code i8g.4xlarge}. */
    public static final InstanceSize I8G_4XLARGE = VALUES.known("i8g.4xlarge");

    /** Wire value {@code i8g.8xlarge}. */
    public static final InstanceSize I8G_8XLARGE = VALUES.known("i8g.8xlarge");

    /** Wire value {@code i8g.16xlarge}. */
    public static final InstanceSize I8G_16XLARGE = VALUES.known("i8g.16xlarge");

    /** Wire value {@code i8g.24xlarge}. */
    public static final InstanceSize I8G_24XLARGE = VALUES.known("i8g.24xlarge");

    /** Wire value {@code i8ge.large}. */
    public static final InstanceSize I8GE_LARGE = VALUES.known("i8ge.large");

    /** Wire value {@code i8ge.xlarge}. */
    public static final InstanceSize I8GE_XLARGE = VALUES.known("i8ge.xlarge");

    /** Wire value {@code i8ge.2xlarge}. */
    public static final InstanceSize I8GE_2XLARGE = VALUES.known("i8ge.2xlarge");

    /** Wire value {@code i8ge.3xlarge}. */
    public static final InstanceSize I8GE_3XLARGE = VALUES.known("i8ge.3xlarge");

    /** Wire value {@code i8ge.6xlarge}. */
    public static final InstanceSize I8GE_6XLARGE = VALUES.known("i8ge.6xlarge");

    /** Wire value {@code i8ge.12xlarge}. */
    public static final InstanceSize I8GE_12XLARGE = VALUES.known("i8ge.12xlarge");

    /** Wire value {@code i8ge.18xlarge}. */
    public static final InstanceSize I8GE_18XLARGE = VALUES.known("i8ge.18xlarge");

    /** Wire value {@code i8ge.24xlarge}. */
    public static final InstanceSize I8GE_24XLARGE = VALUES.known("i8ge.24xlarge");

    /** Wire value {@code m6gd.large}. */
    public static final InstanceSize M6GD_LARGE = VALUES.known("m6gd.large");

    /** Wire value {@code m6gd.xlarge}. */
    public static final InstanceSize M6GD_XLARGE = VALUES.known("m6gd.xlarge");

    /** Wire value {@code m6gd.2xlarge}. */
    public static final InstanceSize M6GD_2XLARGE = VALUES.known("m6gd.2xlarge");

    /** Wire value {@code m6gd.4xlarge}. */
    public static final InstanceSize M6GD_4XLARGE = VALUES.known("m6gd.4xlarge");

    /** Wire value {@code m6gd.8xlarge}. */
    public static final InstanceSize M6GD_8XLARGE = VALUES.known("m6gd.8xlarge");

    /** Wire value {@code m6gd.16xlarge}. */
    public static final InstanceSize M6GD_16XLARGE = VALUES.known("m6gd.16xlarge");

    /** Wire value {@code m6id.large}. */
    public static final InstanceSize M6ID_LARGE = VALUES.known("m6id.large");

    /** Wire value {@code m6id.xlarge}. */
    public static final InstanceSize M6ID_XLARGE = VALUES.known("m6id.xlarge");

    /** Wire value {@code m6id.2xlarge}. */
    public static final InstanceSize M6ID_2XLARGE = VALUES.known("m6id.2xlarge");

    /** Wire value {@code m6id.4xlarge}. */
    public static final InstanceSize M6ID_4XLARGE = VALUES.known("m6id.4xlarge");

    /** Wire value {@code m6id.8xlarge}. */
    public static final InstanceSize M6ID_8XLARGE = VALUES.known("m6id.8xlarge");

    /** Wire value {@code m6id.16xlarge}. */
    public static final InstanceSize M6ID_16XLARGE = VALUES.known("m6id.16xlarge");

    /** Wire value {@code m8gd.large}. */
    public static final InstanceSize M8GD_LARGE = VALUES.known("m8gd.large");

    /** Wire value {@code m8gd.xlarge}. */
    public static final InstanceSize M8GD_XLARGE = VALUES.known("m8gd.xlarge");

    /** Wire value {@code m8gd.2xlarge}. */
    public static final InstanceSize M8GD_2XLARGE = VALUES.known("m8gd.2xlarge");

    /** Wire value {@code m8gd.4xlarge}. */
    public static final InstanceSize M8GD_4XLARGE = VALUES.known("m8gd.4xlarge");

    /** Wire value {@code m8gd.8xlarge}. */
    public static final InstanceSize M8GD_8XLARGE = VALUES.known("m8gd.8xlarge");

    /** Wire value {@code m8gd.16xlarge}. */
    public static final InstanceSize M8GD_16XLARGE = VALUES.known("m8gd.16xlarge");

    /** Wire value {@code r6gd.medium}. */
    public static final InstanceSize R6GD_MEDIUM = VALUES.known("r6gd.medium");

    /** Wire value {@code r6gd.large}. */
    public static final InstanceSize R6GD_LARGE = VALUES.known("r6gd.large");

    /** Wire value {@code r6gd.xlarge}. */
    public static final InstanceSize R6GD_XLARGE = VALUES.known("r6gd.xlarge");

    /** Wire value {@code r6gd.2xlarge}. */
    public static final InstanceSize R6GD_2XLARGE = VALUES.known("r6gd.2xlarge");

    /** Wire value {@code r6gd.4xlarge}. */
    public static final InstanceSize R6GD_4XLARGE = VALUES.known("r6gd.4xlarge");

    /** Wire value {@code r6gd.8xlarge}. */
    public static final InstanceSize R6GD_8XLARGE = VALUES.known("r6gd.8xlarge");

    /** Wire value {@code r6gd.12xlarge}. */
    public static final InstanceSize R6GD_12XLARGE = VALUES.known("r6gd.12xlarge");

    /** Wire value {@code r6gd.16xlarge}. */
    public static final InstanceSize R6GD_16XLARGE = VALUES.known("r6gd.16xlarge");

    /** Wire value {@code r6id.large}. */
    public static final InstanceSize R6ID_LARGE = VALUES.known("r6id.large");

    /** Wire value {@code r6id.xlarge}. */
    public static final InstanceSize R6ID_XLARGE = VALUES.known("r6id.xlarge");

    /** Wire value {@code r6id.2xlarge}. */
    public static final InstanceSize R6ID_2XLARGE = VALUES.known("r6id.2xlarge");

    /** Wire value {@code r6id.4xlarge}. */
    public static final InstanceSize R6ID_4XLARGE = VALUES.known("r6id.4xlarge");

    /** Wire value {@code r6id.8xlarge}. */
    public static final InstanceSize R6ID_8XLARGE = VALUES.known("r6id.8xlarge");

    /** Wire value {@code r6id.12xlarge}. */
    public static final InstanceSize R6ID_12XLARGE = VALUES.known("r6id.12xlarge");

    /** Wire value {@code r6id.16xlarge}. */
    public static final InstanceSize R6ID_16XLARGE = VALUES.known("r6id.16xlarge");

    /** Wire value {@code r6id.24xlarge}. */
    public static final InstanceSize R6ID_24XLARGE = VALUES.known("r6id.24xlarge");

    /** Wire value {@code r6id.32xlarge}. */
    public static final InstanceSize R6ID_32XLARGE = VALUES.known("r6id.32xlarge");

    /** Wire value {@code r8gd.medium}. */
    public static final InstanceSize R8GD_MEDIUM = VALUES.known("r8gd.medium");

    /** Wire value {@code r8gd.large}. */
    public static final InstanceSize R8GD_LARGE = VALUES.known("r8gd.large");

    /** Wire value {@code r8gd.xlarge}. */
    public static final InstanceSize R8GD_XLARGE = VALUES.known("r8gd.xlarge");

    /** Wire value {@code r8gd.2xlarge}. */
    public static final InstanceSize R8GD_2XLARGE = VALUES.known("r8gd.2xlarge");

    /** Wire value {@code r8gd.4xlarge}. */
    public static final InstanceSize R8GD_4XLARGE = VALUES.known("r8gd.4xlarge");

    /** Wire value {@code r8gd.8xlarge}. */
    public static final InstanceSize R8GD_8XLARGE = VALUES.known("r8gd.8xlarge");

    /** Wire value {@code r8gd.12xlarge}. */
    public static final InstanceSize R8GD_12XLARGE = VALUES.known("r8gd.12xlarge");

    /** Wire value {@code r8gd.16xlarge}. */
    public static final InstanceSize R8GD_16XLARGE = VALUES.known("r8gd.16xlarge");

    /** Wire value {@code r8gd.24xlarge}. */
    public static final InstanceSize R8GD_24XLARGE = VALUES.known("r8gd.24xlarge");

    /** Wire value {@code r8gd.48xlarge}. */
    public static final InstanceSize R8GD_48XLARGE = VALUES.known("r8gd.48xlarge");

    private InstanceSize(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static InstanceSize of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<InstanceSize> knownValues() {
        return VALUES.knownValues();
    }
}
