package org.binder4j.examples.test;

@Backing(type="int")
enum Color { RED = 1, GREEN = 2, BLUE = 4 }
