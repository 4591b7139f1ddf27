package org.binder4j.aidl.check;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.binder4j.aidl.model.Stability;

/**
 * The options that change what the front end accepts.
 *
 * @param includeDirs where imports are looked up ({@code -I})
 * @param structured {@code --structured}: stable AIDL, no hand-written parcelables nor untyped collections
 * @param stability {@code --stability}
 * @param version {@code --version N}: adds the {@code getInterfaceVersion()} meta transaction
 * @param hash {@code --hash H}: adds the {@code getInterfaceHash()} meta transaction
 * @param minSdkVersion {@code --min_sdk_version}; gates interface arrays and lists (33) and ParcelableHolder (31)
 */
public record FrontEndOptions(List<Path> includeDirs, boolean structured, Stability stability, OptionalInt version,
        Optional<String> hash, int minSdkVersion) {
    /** What {@code --min_sdk_version current} means, and our default: every API is available. */
    public static final int SDK_CURRENT = 10000;
    /** The SDK level that brought interface arrays and {@code List<Interface>} to Java (Tiramisu). */
    public static final int SDK_INTERFACE_COLLECTIONS = 33;
    /** The SDK level that brought {@code ParcelableHolder} (S). */
    public static final int SDK_PARCELABLE_HOLDER = 31;

    public FrontEndOptions {
        includeDirs = List.copyOf(includeDirs);
        Objects.requireNonNull(stability, "stability");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(hash, "hash");
        if (version.isPresent() && version.getAsInt() <= 0) {
            throw new IllegalArgumentException("an interface version is positive, got " + version.getAsInt());
        }
        if (minSdkVersion < 1) {
            throw new IllegalArgumentException("an SDK level is at least 1, got " + minSdkVersion);
        }
    }

    /** No include directories, not structured, no stability, no version or hash, the current SDK. */
    public static FrontEndOptions defaults() {
        return new FrontEndOptions(List.of(), false, Stability.UNSPECIFIED, OptionalInt.empty(), Optional.empty(),
                SDK_CURRENT);
    }
}
