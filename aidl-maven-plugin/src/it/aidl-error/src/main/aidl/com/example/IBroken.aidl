package com.example;

interface IBroken {
    void send(Unknown value);
}
