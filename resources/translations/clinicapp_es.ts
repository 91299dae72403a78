<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Areas</name>
    <message>
        <location filename="../../clinicapp/ui/shell/areas.py" line="49"/>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/areas.py" line="50"/>
        <source>Read about muscle pain and its treatments</source>
        <translation>Lea sobre el dolor muscular y sus tratamientos</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/areas.py" line="51"/>
        <source>Symptom checklist</source>
        <translation>Lista de síntomas</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/areas.py" line="52"/>
        <source>Tell us about your pain before your visit</source>
        <translation>Cuéntenos sobre su dolor antes de su consulta</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/areas.py" line="53"/>
        <source>Checklist</source>
        <translation>Síntomas</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/areas.py" line="54"/>
        <source>Compare therapies</source>
        <translation>Comparar tratamientos</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/areas.py" line="55"/>
        <source>See treatment options side by side</source>
        <translation>Vea las opciones de tratamiento lado a lado</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/areas.py" line="56"/>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/areas.py" line="57"/>
        <source>Words</source>
        <translation>Palabras</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/areas.py" line="58"/>
        <source>What medical words mean</source>
        <translation>Qué significan las palabras médicas</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/areas.py" line="59"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../../clinicapp/ui/topics/article.py" line="106"/>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/topics/article.py" line="162"/>
        <location filename="../../clinicapp/ui/topics/article.py" line="183"/>
        <source>Read next</source>
        <translation>Lea también</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/topics/article.py" line="172"/>
        <source>It varies. Ask your care team.</source>
        <translation>Depende. Pregunte a su equipo de atención médica.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/topics/article.py" line="179"/>
        <source>Compare this with other options</source>
        <translation>Comparar con otras opciones</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/topics/article.py" line="238"/>
        <source>Last reviewed: {date}</source>
        <translation>Última revisión: {date}</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/topics/article.py" line="239"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
</context>
<context>
    <name>BodyMap</name>
    <message>
        <location filename="../../clinicapp/ui/checklist/body_map.py" line="177"/>
        <source>Front</source>
        <translation>Frente</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/body_map.py" line="177"/>
        <source>Back</source>
        <translation>Espalda</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/body_map.py" line="179"/>
        <source>Body map: where it hurts</source>
        <translation>Mapa del cuerpo: dónde le duele</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/body_map.py" line="247"/>
        <source>marked</source>
        <translation>marcado</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <location filename="../../clinicapp/ui/checklist/page.py" line="260"/>
        <source>Warning signs you ticked</source>
        <translation>Señales de alarma que marcó</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/page.py" line="266"/>
        <source>Emergency</source>
        <translation>Emergencia</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/page.py" line="269"/>
        <source>Tell the staff today</source>
        <translation>Avise al personal hoy</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/page.py" line="387"/>
        <source>Symptom checklist</source>
        <translation>Lista de síntomas</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/page.py" line="402"/>
        <source>The checklist is not available yet. Please ask the staff.</source>
        <translation>La lista de síntomas todavía no está disponible. Por favor, pregunte al personal.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/page.py" line="407"/>
        <source>Where does it hurt?</source>
        <translation>¿Dónde le duele?</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/page.py" line="414"/>
        <source>Tap the map, or tick the places in this list:</source>
        <translation>Toque el mapa o marque los lugares en esta lista:</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/page.py" line="427"/>
        <source>How long has it been going on?</source>
        <translation>¿Desde hace cuánto tiempo le duele?</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/page.py" line="438"/>
        <source>Pain and how it affects your life (PEG)</source>
        <translation>El dolor y cómo afecta su vida (PEG)</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/page.py" line="439"/>
        <source>Choose a number from 0 to 10 for each question.</source>
        <translation>Elija un número del 0 al 10 para cada pregunta.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/page.py" line="456"/>
        <source>Do you have any of these?</source>
        <translation>¿Tiene alguno de estos?</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/page.py" line="463"/>
        <source>You may want to read</source>
        <translation>Quizás quiera leer</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/page.py" line="469"/>
        <source>See summary</source>
        <translation>Ver resumen</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/page.py" line="470"/>
        <source>See the summary for your visit</source>
        <translation>Ver el resumen para su consulta</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/page.py" line="472"/>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/page.py" line="473"/>
        <source>Start over: clear all answers, choices and searches</source>
        <translation>Empezar de nuevo: borrar todas las respuestas, opciones y búsquedas</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/page.py" line="537"/>
        <source>PEG score: {score} out of 10 (the average of your three answers)</source>
        <translation>Puntaje PEG: {score} de 10 (el promedio de sus tres respuestas)</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/page.py" line="541"/>
        <source>Incomplete: answer all three</source>
        <translation>Incompleto: responda las tres</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/page.py" line="596"/>
        <source>Read: {title}</source>
        <translation>Leer: {title}</translation>
    </message>
</context>
<context>
    <name>CompareGrid</name>
    <message>
        <location filename="../../clinicapp/ui/compare/grid.py" line="94"/>
        <source>Comparison of the options you picked</source>
        <translation>Comparación de las opciones que eligió</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/grid.py" line="97"/>
        <source>Pick at least two options to compare.</source>
        <translation>Elija al menos dos opciones para comparar.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/grid.py" line="144"/>
        <source>‹ Previous</source>
        <translation>‹ Anteriores</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/grid.py" line="145"/>
        <source>Show the previous options</source>
        <translation>Mostrar las opciones anteriores</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/grid.py" line="147"/>
        <source>Next ›</source>
        <translation>Siguientes ›</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/grid.py" line="148"/>
        <source>Show the next options</source>
        <translation>Mostrar las opciones siguientes</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/grid.py" line="181"/>
        <source>Options {first}–{last} of {count}</source>
        <translation>Opciones {first}–{last} de {count}</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/grid.py" line="190"/>
        <location filename="../../clinicapp/ui/compare/grid.py" line="354"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/grid.py" line="194"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/grid.py" line="195"/>
        <source>Close sources</source>
        <translation>Cerrar fuentes</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/grid.py" line="241"/>
        <source>Offered at this clinic</source>
        <translation>Se ofrece en esta clínica</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/grid.py" line="250"/>
        <source>Where this comes from</source>
        <translation>De dónde viene</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/grid.py" line="281"/>
        <source>Yes, offered here</source>
        <translation>Sí, se ofrece aquí</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/grid.py" line="281"/>
        <source>Not offered here — ask about a referral</source>
        <translation>No se ofrece aquí — pregunte si lo pueden referir</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/grid.py" line="283"/>
        <source>Ask your care team</source>
        <translation>Pregunte a su equipo de atención médica</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/grid.py" line="302"/>
        <source>How sure the research is: {level}</source>
        <translation>Qué tan segura es la investigación: {level}</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/grid.py" line="302"/>
        <source>Source: {title}</source>
        <translation>Fuente: {title}</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/grid.py" line="319"/>
        <source>{name}: read more</source>
        <translation>{name}: leer más</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/grid.py" line="352"/>
        <location filename="../../clinicapp/ui/compare/grid.py" line="391"/>
        <source>Last reviewed {date}</source>
        <translation>Última revisión: {date}</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/grid.py" line="355"/>
        <source>Sources for {name}</source>
        <translation>Fuentes sobre {name}</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/grid.py" line="364"/>
        <source>Injection</source>
        <translation>Inyección</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/grid.py" line="365"/>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/grid.py" line="366"/>
        <source>Non-drug care</source>
        <translation>Cuidado sin medicamentos</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/grid.py" line="367"/>
        <source>Self-care</source>
        <translation>Autocuidado</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/grid.py" line="374"/>
        <source>Words used:</source>
        <translation>Palabras usadas:</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/grid.py" line="377"/>
        <source>Words used: {words}</source>
        <translation>Palabras usadas: {words}</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/grid.py" line="392"/>
        <source>Where the answers about {name} come from</source>
        <translation>De dónde vienen las respuestas sobre {name}</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="51"/>
        <source>Compare treatment options</source>
        <translation>Comparar tratamientos</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="54"/>
        <source>The same questions answered for each option. No option is shown as better than another.</source>
        <translation>Las mismas preguntas, respondidas para cada opción. Ninguna opción se muestra como mejor que otra.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="57"/>
        <source>Print handout</source>
        <translation>Imprimir hoja</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="58"/>
        <source>Print a handout of this comparison</source>
        <translation>Imprimir una hoja con esta comparación</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="62"/>
        <source>Save handout as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="63"/>
        <source>Save a handout of this comparison as a PDF file</source>
        <translation>Guardar esta comparación como archivo PDF</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="66"/>
        <location filename="../../clinicapp/ui/compare/page.py" line="67"/>
        <source>Show the list of options</source>
        <translation>Mostrar la lista de opciones</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="96"/>
        <source>Options to compare</source>
        <translation>Opciones para comparar</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="138"/>
        <location filename="../../clinicapp/ui/compare/page.py" line="291"/>
        <source>Questions to ask your care team</source>
        <translation>Preguntas para su equipo de atención médica</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="280"/>
        <location filename="../../clinicapp/ui/compare/page.py" line="319"/>
        <source>Comparing treatment options</source>
        <translation>Comparación de opciones de tratamiento</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="282"/>
        <source>The same questions answered for each option you chose. No option is shown as better than another: talk them over with your care team.</source>
        <translation>Las mismas preguntas, respondidas para cada opción que eligió. Ninguna opción se muestra como mejor que otra: hable de ellas con su equipo de atención médica.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="285"/>
        <source>Printed on {date}</source>
        <translation>Impreso el {date}</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="286"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="287"/>
        <source>Offered at this clinic</source>
        <translation>Se ofrece en esta clínica</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="288"/>
        <source>Yes, offered here</source>
        <translation>Sí, se ofrece aquí</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="289"/>
        <source>Not offered here — ask about a referral</source>
        <translation>No se ofrece aquí — pregunte si lo pueden referir</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="290"/>
        <source>Ask your care team</source>
        <translation>Pregunte a su equipo de atención médica</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="292"/>
        <source>What matters to you</source>
        <translation>Lo que es importante para usted</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="293"/>
        <source>Your own answers, to talk over with your care team. They do not score the options.</source>
        <translation>Sus propias respuestas, para hablar con su equipo de atención médica. No les dan puntos a las opciones.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="294"/>
        <source>How sure do you feel? (SURE check)</source>
        <translation>¿Qué tan seguro o segura se siente? (prueba SURE)</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="295"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="296"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="297"/>
        <source>How sure the research is: {level}</source>
        <translation>Qué tan segura es la investigación: {level}</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="298"/>
        <source>Source: {title}</source>
        <translation>Fuente: {title}</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="299"/>
        <source>Where this information comes from</source>
        <translation>De dónde viene esta información</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="300"/>
        <source>Last reviewed {date}</source>
        <translation>Última revisión: {date}</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="301"/>
        <source>Sources {numbers} (listed below).</source>
        <translation>Fuentes {numbers} (en la lista de abajo).</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="333"/>
        <source>treatment-options.pdf</source>
        <translation>opciones-de-tratamiento.pdf</translation>
    </message>
</context>
<context>
    <name>ConfirmStartOver</name>
    <message>
        <location filename="../../clinicapp/ui/checklist/page.py" line="52"/>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/page.py" line="53"/>
        <source>Clear all your answers, choices and searches, and start again?</source>
        <translation>¿Borrar todas sus respuestas, opciones y búsquedas, y empezar de nuevo?</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/page.py" line="55"/>
        <source>Clear my answers</source>
        <translation>Borrar mis respuestas</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/page.py" line="56"/>
        <source>Keep my answers</source>
        <translation>Conservar mis respuestas</translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <location filename="../../clinicapp/ui/topics/glossary.py" line="19"/>
        <source>Words and what they mean</source>
        <translation>Palabras y lo que significan</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/topics/glossary.py" line="24"/>
        <source>Glossary: all words and their meanings</source>
        <translation>Glosario: todas las palabras y lo que significan</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../clinicapp/ui/shell/home.py" line="67"/>
        <location filename="../../clinicapp/ui/shell/home.py" line="68"/>
        <source>Welcome</source>
        <translation>Le damos la bienvenida</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/home.py" line="70"/>
        <source>Learn about long-lasting muscle pain and ways to treat it. Tap where you want to start.</source>
        <translation>Aprenda sobre el dolor muscular que dura mucho tiempo y las formas de tratarlo. Toque por dónde quiere empezar.</translation>
    </message>
</context>
<context>
    <name>IdleWatcher</name>
    <message>
        <location filename="../../clinicapp/ui/kiosk/controller.py" line="241"/>
        <source>Still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/kiosk/controller.py" line="242"/>
        <source>To keep your answers private, this screen will start over for the next person.</source>
        <translation>Para que sus respuestas sigan siendo privadas, esta pantalla empezará de nuevo para la próxima persona.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/kiosk/controller.py" line="243"/>
        <source>I&apos;m still here</source>
        <translation>Sigo aquí</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/kiosk/controller.py" line="251"/>
        <source>Starting over in {seconds} seconds. Tap anywhere to carry on.</source>
        <translation>La pantalla empezará de nuevo en {seconds} segundos. Toque cualquier parte para continuar.</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../../clinicapp/ui/kiosk/controller.py" line="387"/>
        <source>The screen has gone back to the start. Nothing you entered was kept. Please start again, or ask a member of staff.</source>
        <translation>La pantalla volvió al inicio. No se guardó nada de lo que usted escribió. Por favor, empiece de nuevo o pida ayuda al personal.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/kiosk/controller.py" line="393"/>
        <source>That did not work, but you can carry on. Details are in the log for IT.</source>
        <translation>Eso no funcionó, pero puede continuar. Los detalles quedan en el registro para el equipo de informática.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/kiosk/controller.py" line="397"/>
        <source>Sorry, something went wrong</source>
        <translation>Lo sentimos, algo salió mal</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/kiosk/controller.py" line="397"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>KioskController</name>
    <message>
        <location filename="../../clinicapp/ui/kiosk/controller.py" line="310"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/kiosk/controller.py" line="311"/>
        <source>Staff: close the app</source>
        <translation>Personal: cerrar la aplicación</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/kiosk/controller.py" line="312"/>
        <source>For clinic staff: close the app with the staff PIN</source>
        <translation>Para el personal de la clínica: cerrar la aplicación con el PIN del personal</translation>
    </message>
</context>
<context>
    <name>ListenButton</name>
    <message>
        <location filename="../../clinicapp/ui/common/speech.py" line="337"/>
        <source>Reading aloud is not available on this computer.</source>
        <translation>La lectura en voz alta no está disponible en esta computadora.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/speech.py" line="339"/>
        <source>This computer has no voice to read this language aloud.</source>
        <translation>Esta computadora no tiene una voz para leer este idioma en voz alta.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/speech.py" line="347"/>
        <source>■ Stop</source>
        <translation>■ Detener</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/speech.py" line="347"/>
        <source>▶ Listen</source>
        <translation>▶ Escuchar</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/speech.py" line="349"/>
        <source>Stop reading aloud</source>
        <translation>Detener la lectura en voz alta</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/speech.py" line="351"/>
        <source>Listen: read {what} aloud</source>
        <translation>Escuchar: leer {what} en voz alta</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/speech.py" line="353"/>
        <source>Listen: read this aloud</source>
        <translation>Escuchar: leer esto en voz alta</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../clinicapp/ui/shell/main_window.py" line="265"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/main_window.py" line="265"/>
        <source>Home (Alt+Home)</source>
        <translation>Inicio (Alt+Home)</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/main_window.py" line="266"/>
        <source>‹ Back</source>
        <translation>‹ Atrás</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/main_window.py" line="266"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/main_window.py" line="266"/>
        <source>Back (Alt+Left)</source>
        <translation>Atrás (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/main_window.py" line="267"/>
        <source>Forward ›</source>
        <translation>Adelante ›</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/main_window.py" line="267"/>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/main_window.py" line="267"/>
        <source>Forward (Alt+Right)</source>
        <translation>Adelante (Alt+Right)</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/main_window.py" line="268"/>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/main_window.py" line="268"/>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/main_window.py" line="268"/>
        <source>Smaller text (Ctrl+-)</source>
        <translation>Texto más pequeño (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/main_window.py" line="269"/>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/main_window.py" line="269"/>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/main_window.py" line="269"/>
        <source>Larger text (Ctrl+=)</source>
        <translation>Texto más grande (Ctrl+=)</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/main_window.py" line="272"/>
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/main_window.py" line="273"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/main_window.py" line="274"/>
        <source>High contrast (Ctrl+Shift+C)</source>
        <translation>Alto contraste (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/main_window.py" line="285"/>
        <source>More ▾</source>
        <translation>Más ▾</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/main_window.py" line="285"/>
        <source>More controls</source>
        <translation>Más controles</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/main_window.py" line="342"/>
        <source>Staff: content problems found: {count}. Some pages may be missing. Details are in the log.</source>
        <translation>Personal: problemas encontrados en el contenido: {count}. Puede que falten algunas páginas. Los detalles están en el registro.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/main_window.py" line="348"/>
        <source>Staff: this content has not been signed off by the clinic yet. See docs/CLINICAL-REVIEW.md, then set approved_by and approved_on.</source>
        <translation>Personal: la clínica todavía no ha aprobado este contenido. Vea docs/CLINICAL-REVIEW.md y luego configure approved_by y approved_on.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/main_window.py" line="530"/>
        <source>Text size {scale} percent</source>
        <translation>Tamaño del texto: {scale} por ciento</translation>
    </message>
</context>
<context>
    <name>PegQuestionRow</name>
    <message>
        <location filename="../../clinicapp/ui/checklist/page.py" line="154"/>
        <source>{value} out of 10</source>
        <translation>{value} de 10</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../clinicapp/ui/kiosk/pin_dialog.py" line="35"/>
        <location filename="../../clinicapp/ui/kiosk/pin_dialog.py" line="43"/>
        <source>Staff only</source>
        <translation>Solo para el personal</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/kiosk/pin_dialog.py" line="51"/>
        <source>Close the app</source>
        <translation>Cerrar la aplicación</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/kiosk/pin_dialog.py" line="52"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/kiosk/pin_dialog.py" line="53"/>
        <source>Cancel and go back</source>
        <translation>Cancelar y volver</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/kiosk/pin_dialog.py" line="63"/>
        <source>No staff PIN is set on this computer, so the app cannot be closed from here. IT can set one with “clinicapp hash-pin” (see the deployment guide).</source>
        <translation>Esta computadora no tiene un PIN del personal, así que la aplicación no se puede cerrar desde aquí. El equipo de informática puede crear uno con “clinicapp hash-pin” (vea la guía de instalación).</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/kiosk/pin_dialog.py" line="67"/>
        <location filename="../../clinicapp/ui/kiosk/pin_dialog.py" line="68"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/kiosk/pin_dialog.py" line="83"/>
        <source>Staff note: the settings could not be read, so the app started in kiosk mode.</source>
        <translation>Nota para el personal: no se pudo leer la configuración, por eso la aplicación se abrió en modo quiosco.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/kiosk/pin_dialog.py" line="117"/>
        <source>Enter the staff PIN to close the app.</source>
        <translation>Escriba el PIN del personal para cerrar la aplicación.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/kiosk/pin_dialog.py" line="122"/>
        <source>Staff PIN</source>
        <translation>PIN del personal</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/kiosk/pin_dialog.py" line="129"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/kiosk/pin_dialog.py" line="130"/>
        <source>Clear the PIN</source>
        <translation>Borrar el PIN</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/kiosk/pin_dialog.py" line="133"/>
        <source>⌫</source>
        <translation>⌫</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/kiosk/pin_dialog.py" line="134"/>
        <source>Delete the last digit</source>
        <translation>Borrar el último número</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/kiosk/pin_dialog.py" line="143"/>
        <source>Close the app with this PIN</source>
        <translation>Cerrar la aplicación con este PIN</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/kiosk/pin_dialog.py" line="155"/>
        <source>That PIN is not right.</source>
        <translation>Ese PIN no es correcto.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/kiosk/pin_dialog.py" line="175"/>
        <source>Too many wrong tries. Try again in {seconds} seconds.</source>
        <translation>Demasiados intentos incorrectos. Intente de nuevo en {seconds} segundos.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/kiosk/pin_dialog.py" line="180"/>
        <source>You can try again now.</source>
        <translation>Ya puede intentarlo de nuevo.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../clinicapp/ui/common/printing.py" line="117"/>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/printing.py" line="155"/>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/printing.py" line="157"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/printing.py" line="210"/>
        <source>No printer here</source>
        <translation>No hay impresora aquí</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/printing.py" line="211"/>
        <source>This screen has no printer set up. Please ask a member of staff to print it for you.</source>
        <translation>Esta pantalla no tiene una impresora configurada. Por favor, pida a un miembro del personal que se lo imprima.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/printing.py" line="221"/>
        <source>Sent to the printer</source>
        <translation>Se envió a la impresora</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/printing.py" line="229"/>
        <source>Printing — collect it at the front desk</source>
        <translation>Imprimiendo — recójalo en la recepción</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/printing.py" line="241"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>ResetCover</name>
    <message>
        <location filename="../../clinicapp/ui/shell/main_window.py" line="90"/>
        <source>One moment, please</source>
        <translation>Un momento, por favor</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/main_window.py" line="92"/>
        <source>The screen is starting again. This takes a few seconds.</source>
        <translation>La pantalla se está reiniciando. Esto tarda unos segundos.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/main_window.py" line="94"/>
        <source>Getting the screen ready for the next person.</source>
        <translation>Preparando la pantalla para la próxima persona.</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../clinicapp/ui/topics/search.py" line="65"/>
        <source>Search topics and words</source>
        <translation>Buscar temas y palabras</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/topics/search.py" line="66"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/topics/search.py" line="67"/>
        <source>Type a word. Results show as you type. Enter opens the first one.</source>
        <translation>Escriba una palabra. Los resultados aparecen mientras escribe. Enter abre el primero.</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../clinicapp/ui/topics/search.py" line="214"/>
        <location filename="../../clinicapp/ui/topics/search.py" line="215"/>
        <source>Browse all topics</source>
        <translation>Ver todos los temas</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/topics/search.py" line="234"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/topics/search.py" line="261"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/topics/search.py" line="261"/>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/topics/search.py" line="261"/>
        <source>Word</source>
        <translation>Palabra</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/topics/search.py" line="263"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/topics/search.py" line="264"/>
        <source>Type a word in the search box above.</source>
        <translation>Escriba una palabra en el cuadro de búsqueda de arriba.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/topics/search.py" line="266"/>
        <source>No results for “{text}”</source>
        <translation>No hay resultados para “{text}”</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/topics/search.py" line="267"/>
        <source>Try a shorter or different word, or browse all topics.</source>
        <translation>Pruebe con una palabra más corta o diferente, o vea todos los temas.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/topics/search.py" line="274"/>
        <source>Did you mean “{text}”?</source>
        <translation>¿Quiso decir “{text}”?</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/topics/search.py" line="270"/>
        <source>Results for “{text}”: {count}</source>
        <translation>Resultados para “{text}”: {count}</translation>
    </message>
</context>
<context>
    <name>SpeedToggle</name>
    <message>
        <location filename="../../clinicapp/ui/common/speech.py" line="371"/>
        <source>Slower</source>
        <translation>Más despacio</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/speech.py" line="372"/>
        <source>Read aloud more slowly</source>
        <translation>Leer en voz alta más despacio</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="42"/>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="71"/>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="121"/>
        <source>Summary for your visit</source>
        <translation>Resumen para su consulta</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="43"/>
        <source>‹ Change my answers</source>
        <translation>‹ Cambiar mis respuestas</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="44"/>
        <source>Go back and change my answers</source>
        <translation>Volver y cambiar mis respuestas</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="46"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="47"/>
        <source>Print the summary</source>
        <translation>Imprimir el resumen</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="55"/>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="56"/>
        <source>Save the summary as a PDF file</source>
        <translation>Guardar el resumen como archivo PDF</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="72"/>
        <source>Date: {date}</source>
        <translation>Fecha: {date}</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="73"/>
        <source>Clinic: {clinic}</source>
        <translation>Clínica: {clinic}</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="74"/>
        <source>Your own answers, to show your care team. You can change them before you print.</source>
        <translation>Sus propias respuestas, para mostrarle a su equipo de atención médica. Puede cambiarlas antes de imprimir.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="75"/>
        <source>Emergency</source>
        <translation>Emergencia</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="76"/>
        <source>Tell the staff today</source>
        <translation>Avise al personal hoy</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="77"/>
        <source>You ticked:</source>
        <translation>Usted marcó:</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="78"/>
        <source>Where it hurts</source>
        <translation>Dónde le duele</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="79"/>
        <source>How long it has been going on</source>
        <translation>Desde hace cuánto tiempo le duele</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="80"/>
        <source>Pain and how it affects your life (PEG)</source>
        <translation>El dolor y cómo afecta su vida (PEG)</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="81"/>
        <source>PEG score: {score} out of 10 (the average of your three answers)</source>
        <translation>Puntaje PEG: {score} de 10 (el promedio de sus tres respuestas)</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="82"/>
        <source>Incomplete: answer all three</source>
        <translation>Incompleto: responda las tres</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="83"/>
        <source>{question} — {value} out of 10</source>
        <translation>{question} — {value} de 10</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="84"/>
        <source>{question} — not answered</source>
        <translation>{question} — sin respuesta</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="85"/>
        <source>(0 = {low}, 10 = {high})</source>
        <translation>(0 = {low}, 10 = {high})</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="86"/>
        <source>You have not answered any questions yet.</source>
        <translation>Todavía no ha respondido ninguna pregunta.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="87"/>
        <source>Treatments you want to compare</source>
        <translation>Tratamientos que quiere comparar</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="88"/>
        <source>What matters to you</source>
        <translation>Lo que es importante para usted</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="89"/>
        <source>How sure do you feel? (SURE check)</source>
        <translation>¿Qué tan seguro o segura se siente? (prueba SURE)</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="90"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="91"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="93"/>
        <source>Not important</source>
        <translation>Nada importante</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="94"/>
        <source>A little important</source>
        <translation>Un poco importante</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="95"/>
        <source>Quite important</source>
        <translation>Bastante importante</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="96"/>
        <source>Very important</source>
        <translation>Muy importante</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="160"/>
        <source>Sent to the printer.</source>
        <translation>Se envió a la impresora.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="167"/>
        <source>visit-summary.pdf</source>
        <translation>resumen-de-consulta.pdf</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="171"/>
        <source>Saved as {name}</source>
        <translation>Se guardó como {name}</translation>
    </message>
</context>
<context>
    <name>TermPanel</name>
    <message>
        <location filename="../../clinicapp/ui/topics/page.py" line="47"/>
        <source>Word meaning</source>
        <translation>Qué significa la palabra</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/topics/page.py" line="52"/>
        <source>All words</source>
        <translation>Todas las palabras</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/topics/page.py" line="53"/>
        <source>Open the list of all words</source>
        <translation>Abrir la lista de todas las palabras</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/topics/page.py" line="55"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/topics/page.py" line="56"/>
        <source>Close word meaning</source>
        <translation>Cerrar el significado</translation>
    </message>
</context>
<context>
    <name>TherapyPicker</name>
    <message>
        <location filename="../../clinicapp/ui/compare/picker.py" line="29"/>
        <source>Choose 2 to 4 options</source>
        <translation>Elija de 2 a 4 opciones</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/picker.py" line="32"/>
        <source>Show options used for:</source>
        <translation>Mostrar opciones para:</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/picker.py" line="35"/>
        <source>Show options used for</source>
        <translation>Mostrar opciones para</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/picker.py" line="36"/>
        <source>All uses</source>
        <translation>Todos los usos</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/picker.py" line="48"/>
        <source>You can compare up to {n} options at a time. Untick one to choose another.</source>
        <translation>Puede comparar hasta {n} opciones a la vez. Quite la marca de una para elegir otra.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/picker.py" line="59"/>
        <source>Injections</source>
        <translation>Inyecciones</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/picker.py" line="60"/>
        <source>Medicines</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/picker.py" line="61"/>
        <source>Non-drug care</source>
        <translation>Cuidado sin medicamentos</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/picker.py" line="62"/>
        <source>Self-care</source>
        <translation>Autocuidado</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/picker.py" line="80"/>
        <source>Compare {name}</source>
        <translation>Comparar {name}</translation>
    </message>
</context>
<context>
    <name>TopicStart</name>
    <message>
        <location filename="../../clinicapp/ui/topics/start.py" line="43"/>
        <source>Start here</source>
        <translation>Empiece aquí</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/topics/start.py" line="48"/>
        <source>Choose a topic</source>
        <translation>Elija un tema</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/topics/start.py" line="49"/>
        <source>Tap a topic in the list, or start with one of these:</source>
        <translation>Toque un tema de la lista, o empiece con uno de estos:</translation>
    </message>
</context>
<context>
    <name>TopicTreeModel</name>
    <message>
        <location filename="../../clinicapp/ui/topics/models.py" line="27"/>
        <source>More topics</source>
        <translation>Más temas</translation>
    </message>
</context>
<context>
    <name>TopicsPage</name>
    <message>
        <location filename="../../clinicapp/ui/topics/page.py" line="94"/>
        <source>Topics by category</source>
        <translation>Temas por categoría</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/topics/page.py" line="108"/>
        <source>‹ All topics</source>
        <translation>‹ Todos los temas</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/topics/page.py" line="109"/>
        <source>Back to the list of all topics</source>
        <translation>Volver a la lista de todos los temas</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/topics/page.py" line="114"/>
        <source>Listen: read this page aloud</source>
        <translation>Escuchar: leer esta página en voz alta</translation>
    </message>
</context>
<context>
    <name>ValuesPanel</name>
    <message>
        <location filename="../../clinicapp/ui/compare/values_panel.py" line="29"/>
        <source>Not important</source>
        <translation>Nada importante</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/values_panel.py" line="30"/>
        <source>A little important</source>
        <translation>Un poco importante</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/values_panel.py" line="31"/>
        <source>Quite important</source>
        <translation>Bastante importante</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/values_panel.py" line="32"/>
        <source>Very important</source>
        <translation>Muy importante</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/values_panel.py" line="36"/>
        <source>What matters to you</source>
        <translation>Lo que es importante para usted</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/values_panel.py" line="39"/>
        <source>Your answers help you talk with your care team. They go on the handout if you print it. They do not score the options or change the table.</source>
        <translation>Sus respuestas le ayudan a hablar con su equipo de atención médica. Aparecen en la hoja si la imprime. No les dan puntos a las opciones ni cambian la tabla.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/values_panel.py" line="49"/>
        <source>How sure do you feel? (SURE check)</source>
        <translation>¿Qué tan seguro o segura se siente? (prueba SURE)</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/values_panel.py" line="52"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/values_panel.py" line="52"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
</context>
</TS>
