/**
 * The Java backend: {@link org.binder4j.aidl.java.JavaGenerator} turns a checked model into Java source for the
 * binder4j runtime, with Android's structure (aidl.md §3) and Android's wire format, so that generated peers talk to
 * Android's and to each other across versions.
 *
 * <h2>What is generated</h2>
 * One file per top-level declaration, {@code <package dirs>/<Name>.java}, headed by a comment naming the AIDL file;
 * nested declarations become nested types; hand-written (unstructured) parcelables get nothing. Types from
 * {@code android.os} become the runtime's ({@code org.binder4j.IBinder}, {@code Binder}, {@code Parcel},
 * {@code Parcelable}, {@code RemoteException}, {@code ParcelFileDescriptor}, {@code ParcelableHolder}...). Every type
 * is written fully qualified, except a declaration's own name inside it, so no import can clash with an AIDL name.
 * <ul>
 *   <li>An interface {@code I}: {@code VERSION}/{@code HASH} when versioned; {@code Default}; {@code Delegator} with
 *       {@code @JavaDelegator}; {@code Stub} ({@code asInterface}, {@code onTransact}, {@code TRANSACTION_*},
 *       {@code getDefaultTransactionName}, the meta methods, {@code setDefaultImpl}/{@code getDefaultImpl} with
 *       {@code @JavaDefault}) holding its {@code Proxy}; {@code DESCRIPTOR} ({@code @Descriptor}'s value if any); the
 *       constants; the methods; the nested types.
 *   <li>A structured parcelable: public fields with their defaults, a {@code CREATOR}, a size-prefixed
 *       {@code writeToParcel}/{@code readFromParcel}, {@code describeContents} when a field may hold a descriptor,
 *       {@code getStability} for {@code @VintfStability}, {@code toString}/{@code equals}/{@code hashCode} with
 *       {@code @JavaDerive}.
 *   <li>A union: a final class with int tag constants, factories, getters that throw
 *       {@code IllegalStateException("bad access: ...")} on the wrong tag, setters, and the nested {@code Tag}.
 *   <li>An enum: an {@code @interface} of constants of its backing type; with {@code @JavaDerive(toString=true)}, the
 *       nested {@code $} naming values and arrays of values.
 * </ul>
 * Repeated logic lives in the runtime rather than in each method: the size-prefix framing
 * ({@code Parcel.beginSizedWrite} and friends), {@code Map<String, V>} ({@code writeTypedMap},
 * {@code createTypedHashMap}), fixed-size arrays ({@code writeFixedArray}), interface arrays and lists,
 * {@code Parcelable.Creator.of}, {@code Parcelable.describeContentsOf}, {@code readOutArrayLength} (a bounded length
 * for pure {@code out} arrays), {@code EnumArrays}.
 *
 * <h2>Profile</h2>
 * The code is always the modern profile ({@code --min_sdk_version} 33 and later): typed-object calls,
 * {@code writeBoolean}, interface arrays and lists; AOSP's pre-23 {@code _Parcel} helper and {@code writeInt}
 * booleans are not generated (the wire is the same). From SDK 32 up, the default, stubs call
 * {@code enforceNoDataAvail()} after the arguments. Descriptors are written plainly, also under
 * {@code --structured} (AOSP's {@code $}-mangling only defends against jarjar).
 *
 * <h2>Annotations</h2>
 * <ul>
 *   <li>{@code @nullable}: Java references may always be null; the annotation changes nothing in the code
 *       ({@code heap=true} only matters to the front end's recursion check). {@code @utf8InCpp}: strings travel as
 *       UTF-16 either way.
 *   <li>{@code @JavaPassthrough}: copied verbatim before the declaration, method or parameter.
 *   <li>{@code @SensitiveData}: the proxy calls {@code markSensitive()} on its request (zeroed when recycled) and
 *       transacts with {@code FLAG_CLEAR_BUF}; the runtime marks the reply of such a call sensitive too.
 *   <li>{@code @VintfStability}: parcelables answer {@code PARCELABLE_STABILITY_VINTF} from {@code getStability()},
 *       their {@code ParcelableHolder} fields are VINTF, and stubs call {@code markVintfStability()}, so the
 *       object travels with libbinder's VINTF stability word.
 *   <li>{@code @EnforcePermission} (on the method, else on the interface): the stub checks it after reading the
 *       arguments and before calling the implementation, with a {@code org.binder4j.PermissionEnforcer}: the one
 *       passed to {@code Stub(PermissionEnforcer)}, or the process-wide {@code PermissionEnforcer.getDefault()}
 *       (which grants nothing until an application installs its policy). A refusal reaches the caller as a
 *       {@code SecurityException}. Names are passed as written ({@code CAMERA}, or a dotted name); binder4j has no
 *       permission database of its own. {@code @RequiresNoPermission} and {@code @PermissionManuallyEnforced}
 *       generate no check.
 *   <li>Validated and documented as having no effect on binder4j's Java: {@code @UnsupportedAppUsage} (Android's
 *       hidden-API list), {@code @PropagateAllowBlocking} (binder4j never restricts or warns about blocking calls,
 *       so there is nothing to propagate), {@code @JavaSuppressLint} and {@code @SuppressWarnings} (Android lint),
 *       {@code @JavaOnlyStableParcelable}, {@code @RustDerive}, {@code @FixedSize} (Java arrays and fields are the
 *       same either way), {@code @Backing} (read through the enum's backing type).
 *   <li>{@code @JavaOnlyImmutable}: a parcelable's fields are final, set by a constructor taking them all (lists and
 *       maps kept unmodifiable) or by a nested {@code Builder} starting from the AIDL defaults, and read whole by
 *       its creator; a union has no setters. Such types are only ever {@code in} arguments.
 * </ul>
 */
package org.binder4j.aidl.java;
