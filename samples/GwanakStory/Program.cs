using System;
using GwanakStory;

PartnersChapter.Tell(Console.Out);
