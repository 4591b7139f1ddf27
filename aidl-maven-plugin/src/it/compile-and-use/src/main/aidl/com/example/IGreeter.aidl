package com.example;

import com.example.Greeting;

interface IGreeter {
    Greeting greet(String name);
    oneway void forget(in Greeting greeting);
}
