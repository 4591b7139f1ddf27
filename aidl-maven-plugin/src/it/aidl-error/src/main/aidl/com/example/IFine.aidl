package com.example;

interface IFine {
    void ping();
}
