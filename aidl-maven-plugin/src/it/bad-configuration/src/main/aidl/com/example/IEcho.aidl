package com.example;

interface IEcho {
    String echo(String text);
}
