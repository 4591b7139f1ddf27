package com.example;

parcelable IAlsoBroken {
    int value = "text";
}
