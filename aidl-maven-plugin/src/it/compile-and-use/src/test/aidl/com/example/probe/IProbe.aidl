package com.example.probe;

import com.example.Greeting;

interface IProbe {
    Greeting last();
}
