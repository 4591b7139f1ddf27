package org.binder4j;

/**
 * Android's encoding of a {@link CharSequence} in a parcel: int32 kind, then the text as a String8 (a null text is a
 * String8 -1). Kind 1 is plain text; kind 0 is styled text, whose spans follow the text and end with an int32 0.
 * binder4j has no spans: it writes kind 1, and reads styled text without spans (kind 0 directly followed by the
 * end marker). AIDL's {@code CharSequence} puts the usual int32 1/0 null marker in front
 * ({@link #writeTypedToParcel}, and {@link Parcel#readTypedObject} with {@link #CHAR_SEQUENCE_CREATOR}).
 */
public final class TextUtils {
    private static final int KIND_STYLED = 0;
    private static final int KIND_PLAIN = 1;

    /**
     * Reads what {@link #writeToParcel} wrote: a String, or null.
     *
     * @throws BadParcelableException for styled text that carries spans, or an unknown kind
     */
    public static final Parcelable.Creator<CharSequence> CHAR_SEQUENCE_CREATOR = new Parcelable.Creator<>() {
        @Override
        public CharSequence createFromParcel(Parcel source) {
            int start = source.dataPosition();
            int kind = source.readInt();
            String text = source.readString8();
            if (kind == KIND_PLAIN || text == null) {
                return text;
            }
            if (kind != KIND_STYLED) {
                throw new BadParcelableException("unknown CharSequence kind " + kind + " at position " + start);
            }
            int spanKind = source.readInt();
            if (spanKind != 0) {
                throw new BadParcelableException("styled text at position " + start + " carries a span of kind "
                        + spanKind + "; binder4j reads text without spans only");
            }
            return text;
        }

        @Override
        public CharSequence[] newArray(int size) {
            return new CharSequence[size];
        }
    };

    private TextUtils() {}

    /** Writes {@code text} (null allowed) as plain text: int32 1, then {@code text.toString()} as a String8. */
    public static void writeToParcel(CharSequence text, Parcel dest, int flags) {
        dest.writeInt(KIND_PLAIN);
        dest.writeString8(text == null ? null : text.toString());
    }

    /** Writes AIDL's {@code CharSequence}: int32 0 for null, else int32 1 and {@link #writeToParcel}. */
    public static void writeTypedToParcel(CharSequence text, Parcel dest, int flags) {
        if (text == null) {
            dest.writeInt(0);
        } else {
            dest.writeInt(1);
            writeToParcel(text, dest, flags);
        }
    }
}
