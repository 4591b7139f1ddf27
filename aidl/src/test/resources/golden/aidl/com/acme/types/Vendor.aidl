package com.acme.types;

/** A vendor-stable parcelable with an extension slot. */
@VintfStability
parcelable Vendor {
    String name;
    ParcelableHolder extension;
}
