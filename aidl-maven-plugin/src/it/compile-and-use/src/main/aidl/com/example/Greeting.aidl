package com.example;

parcelable Greeting {
    String text;
    int times = 1;
}
