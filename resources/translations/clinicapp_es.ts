<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Areas</name>
    <message>
        <location filename="../../clinicapp/ui/shell/areas.py" line="88"/>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/areas.py" line="89"/>
        <source>Read about muscle pain and its treatments</source>
        <translation>Lea sobre el dolor muscular y sus tratamientos</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/areas.py" line="93"/>
        <source>Symptom checklist</source>
        <translation>Lista de síntomas</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/areas.py" line="94"/>
        <source>Tell us about your pain before your visit</source>
        <translation>Cuéntenos sobre su dolor antes de su consulta</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/areas.py" line="95"/>
        <source>Checklist</source>
        <translation>Síntomas</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/areas.py" line="99"/>
        <source>Compare therapies</source>
        <translation>Comparar tratamientos</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/areas.py" line="100"/>
        <source>See treatment options side by side</source>
        <translation>Vea las opciones de tratamiento lado a lado</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/areas.py" line="101"/>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/areas.py" line="103"/>
        <source>Words</source>
        <translation>Palabras</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/areas.py" line="104"/>
        <source>What medical words mean</source>
        <translation>Qué significan las palabras médicas</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/areas.py" line="106"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../../clinicapp/ui/topics/article.py" line="108"/>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/topics/article.py" line="166"/>
        <location filename="../../clinicapp/ui/topics/article.py" line="187"/>
        <source>Read next</source>
        <translation>Lea también</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/topics/article.py" line="176"/>
        <source>It varies. Ask your care team.</source>
        <translation>Depende. Pregunte a su equipo de atención médica.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/topics/article.py" line="183"/>
        <source>Compare this with other options</source>
        <translation>Comparar con otras opciones</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/topics/article.py" line="249"/>
        <source>Last reviewed: {date}</source>
        <translation>Última revisión: {date}</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/topics/article.py" line="250"/>
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
        <location filename="../../clinicapp/ui/checklist/page.py" line="306"/>
        <source>Warning signs you ticked</source>
        <translation>Señales de alarma que marcó</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/page.py" line="314"/>
        <source>Emergency</source>
        <translation>Emergencia</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/page.py" line="317"/>
        <source>Tell the staff today</source>
        <translation>Avise al personal hoy</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/page.py" line="427"/>
        <source>Symptom checklist</source>
        <translation>Lista de síntomas</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/page.py" line="442"/>
        <source>The checklist is not available yet. Please ask the staff.</source>
        <translation>La lista de síntomas todavía no está disponible. Por favor, pregunte al personal.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/page.py" line="447"/>
        <source>Where does it hurt?</source>
        <translation>¿Dónde le duele?</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/page.py" line="456"/>
        <source>Tap the map, or tick the places in this list:</source>
        <translation>Toque el mapa o marque los lugares en esta lista:</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/page.py" line="467"/>
        <source>How long has it been going on?</source>
        <translation>¿Desde hace cuánto tiempo le duele?</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/page.py" line="477"/>
        <source>Pain and how it affects your life (PEG)</source>
        <translation>El dolor y cómo afecta su vida (PEG)</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/page.py" line="478"/>
        <source>Choose a number from 0 to 10 for each question.</source>
        <translation>Elija un número del 0 al 10 para cada pregunta.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/page.py" line="496"/>
        <source>Do you have any of these?</source>
        <translation>¿Tiene alguno de estos?</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/page.py" line="504"/>
        <source>You may want to read</source>
        <translation>Quizás quiera leer</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/page.py" line="509"/>
        <source>See summary</source>
        <translation>Ver resumen</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/page.py" line="510"/>
        <source>See the summary for your visit</source>
        <translation>Ver el resumen para su consulta</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/page.py" line="512"/>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/page.py" line="513"/>
        <source>Start over: clear all answers, choices and searches</source>
        <translation>Empezar de nuevo: borrar todas las respuestas, opciones y búsquedas</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/page.py" line="577"/>
        <source>PEG score: {score} out of 10 (the average of your three answers)</source>
        <translation>Puntaje PEG: {score} de 10 (el promedio de sus tres respuestas)</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/page.py" line="581"/>
        <source>Incomplete: answer all three</source>
        <translation>Incompleto: responda las tres</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/page.py" line="646"/>
        <source>Read: {title}</source>
        <translation>Leer: {title}</translation>
    </message>
</context>
<context>
    <name>CompareGrid</name>
    <message>
        <location filename="../../clinicapp/ui/compare/grid.py" line="101"/>
        <source>Comparison of the options you picked</source>
        <translation>Comparación de las opciones que eligió</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/grid.py" line="104"/>
        <source>Pick at least two options to compare.</source>
        <translation>Elija al menos dos opciones para comparar.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/grid.py" line="151"/>
        <source>‹ Previous</source>
        <translation>‹ Anteriores</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/grid.py" line="152"/>
        <source>Show the previous options</source>
        <translation>Mostrar las opciones anteriores</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/grid.py" line="154"/>
        <source>Next ›</source>
        <translation>Siguientes ›</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/grid.py" line="155"/>
        <source>Show the next options</source>
        <translation>Mostrar las opciones siguientes</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/grid.py" line="188"/>
        <source>Options {first}–{last} of {count}</source>
        <translation>Opciones {first}–{last} de {count}</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/grid.py" line="197"/>
        <location filename="../../clinicapp/ui/compare/grid.py" line="380"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/grid.py" line="201"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/grid.py" line="202"/>
        <source>Close sources</source>
        <translation>Cerrar fuentes</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/grid.py" line="253"/>
        <source>Offered at this clinic</source>
        <translation>Se ofrece en esta clínica</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/grid.py" line="262"/>
        <source>Where this comes from</source>
        <translation>De dónde viene</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/grid.py" line="297"/>
        <source>Yes, offered here</source>
        <translation>Sí, se ofrece aquí</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/grid.py" line="297"/>
        <source>Not offered here — ask about a referral</source>
        <translation>No se ofrece aquí — pregunte si lo pueden referir</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/grid.py" line="299"/>
        <source>Ask your care team</source>
        <translation>Pregunte a su equipo de atención médica</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/grid.py" line="321"/>
        <source>How sure the research is: {level}</source>
        <translation>Qué tan segura es la investigación: {level}</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/grid.py" line="321"/>
        <source>Source: {title}</source>
        <translation>Fuente: {title}</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/grid.py" line="338"/>
        <source>{name}: read more</source>
        <translation>{name}: leer más</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/grid.py" line="378"/>
        <location filename="../../clinicapp/ui/compare/grid.py" line="421"/>
        <source>Last reviewed {date}</source>
        <translation>Última revisión: {date}</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/grid.py" line="381"/>
        <source>Sources for {name}</source>
        <translation>Fuentes sobre {name}</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/grid.py" line="394"/>
        <source>Injection</source>
        <translation>Inyección</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/grid.py" line="395"/>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/grid.py" line="396"/>
        <source>Non-drug care</source>
        <translation>Cuidado sin medicamentos</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/grid.py" line="397"/>
        <source>Self-care</source>
        <translation>Autocuidado</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/grid.py" line="404"/>
        <source>Words used:</source>
        <translation>Palabras usadas:</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/grid.py" line="407"/>
        <source>Words used: {words}</source>
        <translation>Palabras usadas: {words}</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/grid.py" line="422"/>
        <source>Where the answers about {name} come from</source>
        <translation>De dónde vienen las respuestas sobre {name}</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="59"/>
        <source>Compare treatment options</source>
        <translation>Comparar tratamientos</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="66"/>
        <source>The same questions answered for each option. No option is shown as better than another.</source>
        <translation>Las mismas preguntas, respondidas para cada opción. Ninguna opción se muestra como mejor que otra.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="69"/>
        <source>Print handout</source>
        <translation>Imprimir hoja</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="70"/>
        <source>Print a handout of this comparison</source>
        <translation>Imprimir una hoja con esta comparación</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="74"/>
        <source>Save handout as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="75"/>
        <source>Save a handout of this comparison as a PDF file</source>
        <translation>Guardar esta comparación como archivo PDF</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="78"/>
        <location filename="../../clinicapp/ui/compare/page.py" line="79"/>
        <source>Show the list of options</source>
        <translation>Mostrar la lista de opciones</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="107"/>
        <source>Options to compare</source>
        <translation>Opciones para comparar</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="178"/>
        <location filename="../../clinicapp/ui/compare/page.py" line="359"/>
        <source>Questions to ask your care team</source>
        <translation>Preguntas para su equipo de atención médica</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="253"/>
        <source>Take-home pack ({count})</source>
        <translation>Paquete para casa ({count})</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="254"/>
        <source>Open the take-home pack: {count} handouts</source>
        <translation>Abrir el paquete para casa: {count} hojas informativas</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="348"/>
        <location filename="../../clinicapp/ui/compare/page.py" line="387"/>
        <source>Comparing treatment options</source>
        <translation>Comparación de opciones de tratamiento</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="350"/>
        <source>The same questions answered for each option you chose. No option is shown as better than another: talk them over with your care team.</source>
        <translation>Las mismas preguntas, respondidas para cada opción que eligió. Ninguna opción se muestra como mejor que otra: hable de ellas con su equipo de atención médica.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="353"/>
        <source>Printed on {date}</source>
        <translation>Impreso el {date}</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="354"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="355"/>
        <source>Offered at this clinic</source>
        <translation>Se ofrece en esta clínica</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="356"/>
        <source>Yes, offered here</source>
        <translation>Sí, se ofrece aquí</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="357"/>
        <source>Not offered here — ask about a referral</source>
        <translation>No se ofrece aquí — pregunte si lo pueden referir</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="358"/>
        <source>Ask your care team</source>
        <translation>Pregunte a su equipo de atención médica</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="360"/>
        <source>What matters to you</source>
        <translation>Lo que es importante para usted</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="361"/>
        <source>Your own answers, to talk over with your care team. They do not score the options.</source>
        <translation>Sus propias respuestas, para hablar con su equipo de atención médica. No les dan puntos a las opciones.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="362"/>
        <source>How sure do you feel? (SURE check)</source>
        <translation>¿Qué tan seguro o segura se siente? (prueba SURE)</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="363"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="364"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="365"/>
        <source>How sure the research is: {level}</source>
        <translation>Qué tan segura es la investigación: {level}</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="366"/>
        <source>Source: {title}</source>
        <translation>Fuente: {title}</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="367"/>
        <source>Where this information comes from</source>
        <translation>De dónde viene esta información</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="368"/>
        <source>Last reviewed {date}</source>
        <translation>Última revisión: {date}</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="369"/>
        <source>Sources {numbers} (listed below).</source>
        <translation>Fuentes {numbers} (en la lista de abajo).</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/page.py" line="401"/>
        <source>treatment-options.pdf</source>
        <translation>opciones-de-tratamiento.pdf</translation>
    </message>
</context>
<context>
    <name>ConfirmStartOver</name>
    <message>
        <location filename="../../clinicapp/ui/checklist/page.py" line="61"/>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/page.py" line="62"/>
        <source>Clear all your answers, choices and searches, and start again?</source>
        <translation>¿Borrar todas sus respuestas, opciones y búsquedas, y empezar de nuevo?</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/page.py" line="64"/>
        <source>Clear my answers</source>
        <translation>Borrar mis respuestas</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/page.py" line="65"/>
        <source>Keep my answers</source>
        <translation>Conservar mis respuestas</translation>
    </message>
</context>
<context>
    <name>GlossaryPage</name>
    <message>
        <location filename="../../clinicapp/ui/topics/glossary.py" line="20"/>
        <source>Words and what they mean</source>
        <translation>Palabras y lo que significan</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/topics/glossary.py" line="25"/>
        <source>Glossary: all words and their meanings</source>
        <translation>Glosario: todas las palabras y lo que significan</translation>
    </message>
</context>
<context>
    <name>HandoutActions</name>
    <message>
        <location filename="../../clinicapp/ui/common/takehome.py" line="102"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/takehome.py" line="132"/>
        <source>Print a handout of {title}</source>
        <translation>Imprimir una hoja informativa sobre {title}</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/takehome.py" line="135"/>
        <source>Remove from pack</source>
        <translation>Quitar del paquete</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/takehome.py" line="135"/>
        <source>Add to pack</source>
        <translation>Agregar al paquete</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/takehome.py" line="138"/>
        <source>Remove {title} from the take-home pack</source>
        <translation>Quitar {title} del paquete para casa</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/takehome.py" line="140"/>
        <source>Add {title} to the take-home pack</source>
        <translation>Agregar {title} al paquete para casa</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/takehome.py" line="145"/>
        <source>Take-home pack ({count})</source>
        <translation>Paquete para casa ({count})</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/takehome.py" line="146"/>
        <source>Open the take-home pack: {count} handouts</source>
        <translation>Abrir el paquete para casa: {count} hojas informativas</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../clinicapp/ui/shell/home.py" line="68"/>
        <location filename="../../clinicapp/ui/shell/home.py" line="69"/>
        <source>Welcome</source>
        <translation>Le damos la bienvenida</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/home.py" line="71"/>
        <source>Learn about long-lasting muscle pain and ways to treat it. Tap where you want to start.</source>
        <translation>Aprenda sobre el dolor muscular que dura mucho tiempo y las formas de tratarlo. Toque por dónde quiere empezar.</translation>
    </message>
</context>
<context>
    <name>IdleWatcher</name>
    <message>
        <location filename="../../clinicapp/ui/kiosk/controller.py" line="253"/>
        <source>Still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/kiosk/controller.py" line="254"/>
        <source>To keep your answers private, this screen will start over for the next person.</source>
        <translation>Para que sus respuestas sigan siendo privadas, esta pantalla empezará de nuevo para la próxima persona.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/kiosk/controller.py" line="255"/>
        <source>I&apos;m still here</source>
        <translation>Sigo aquí</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/kiosk/controller.py" line="263"/>
        <source>Starting over in {seconds} seconds. Tap anywhere to carry on.</source>
        <translation>La pantalla empezará de nuevo en {seconds} segundos. Toque cualquier parte para continuar.</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../../clinicapp/ui/kiosk/controller.py" line="404"/>
        <source>The screen has gone back to the start. Nothing you entered was kept. Please start again, or ask a member of staff.</source>
        <translation>La pantalla volvió al inicio. No se guardó nada de lo que usted escribió. Por favor, empiece de nuevo o pida ayuda al personal.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/kiosk/controller.py" line="410"/>
        <source>That did not work, but you can carry on. Details are in the log for IT.</source>
        <translation>Eso no funcionó, pero puede continuar. Los detalles quedan en el registro para el equipo de informática.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/kiosk/controller.py" line="414"/>
        <source>Sorry, something went wrong</source>
        <translation>Lo sentimos, algo salió mal</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/kiosk/controller.py" line="414"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>KioskController</name>
    <message>
        <location filename="../../clinicapp/ui/kiosk/controller.py" line="322"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/kiosk/controller.py" line="323"/>
        <source>Staff: close the app</source>
        <translation>Personal: cerrar la aplicación</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/kiosk/controller.py" line="324"/>
        <source>For clinic staff: close the app with the staff PIN</source>
        <translation>Para el personal de la clínica: cerrar la aplicación con el PIN del personal</translation>
    </message>
</context>
<context>
    <name>ListenButton</name>
    <message>
        <location filename="../../clinicapp/ui/common/speech.py" line="357"/>
        <source>Reading aloud is not available on this computer.</source>
        <translation>La lectura en voz alta no está disponible en esta computadora.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/speech.py" line="359"/>
        <source>This computer has no voice to read this language aloud.</source>
        <translation>Esta computadora no tiene una voz para leer este idioma en voz alta.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/speech.py" line="367"/>
        <source>■ Stop</source>
        <translation>■ Detener</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/speech.py" line="367"/>
        <source>▶ Listen</source>
        <translation>▶ Escuchar</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/speech.py" line="369"/>
        <source>Stop reading aloud</source>
        <translation>Detener la lectura en voz alta</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/speech.py" line="371"/>
        <source>Listen: read {what} aloud</source>
        <translation>Escuchar: leer {what} en voz alta</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/speech.py" line="373"/>
        <source>Listen: read this aloud</source>
        <translation>Escuchar: leer esto en voz alta</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../clinicapp/ui/shell/main_window.py" line="291"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/main_window.py" line="291"/>
        <source>Home (Alt+Home)</source>
        <translation>Inicio (Alt+Home)</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/main_window.py" line="292"/>
        <source>‹ Back</source>
        <translation>‹ Atrás</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/main_window.py" line="292"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/main_window.py" line="292"/>
        <source>Back (Alt+Left)</source>
        <translation>Atrás (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/main_window.py" line="293"/>
        <source>Forward ›</source>
        <translation>Adelante ›</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/main_window.py" line="293"/>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/main_window.py" line="293"/>
        <source>Forward (Alt+Right)</source>
        <translation>Adelante (Alt+Right)</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/main_window.py" line="294"/>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/main_window.py" line="294"/>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/main_window.py" line="294"/>
        <source>Smaller text (Ctrl+-)</source>
        <translation>Texto más pequeño (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/main_window.py" line="295"/>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/main_window.py" line="295"/>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/main_window.py" line="295"/>
        <source>Larger text (Ctrl+=)</source>
        <translation>Texto más grande (Ctrl+=)</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/main_window.py" line="298"/>
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/main_window.py" line="299"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/main_window.py" line="300"/>
        <source>High contrast (Ctrl+Shift+C)</source>
        <translation>Alto contraste (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/main_window.py" line="311"/>
        <source>More ▾</source>
        <translation>Más ▾</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/main_window.py" line="311"/>
        <source>More controls</source>
        <translation>Más controles</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/main_window.py" line="371"/>
        <source>Staff: content problems found: {count}. Some pages may be missing. Details are in the log.</source>
        <translation>Personal: problemas encontrados en el contenido: {count}. Puede que falten algunas páginas. Los detalles están en el registro.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/main_window.py" line="377"/>
        <source>Staff: this content has not been signed off by the clinic yet. See docs/CLINICAL-REVIEW.md, then set approved_by and approved_on.</source>
        <translation>Personal: la clínica todavía no ha aprobado este contenido. Vea docs/CLINICAL-REVIEW.md y luego configure approved_by y approved_on.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/main_window.py" line="631"/>
        <source>Text size {scale} percent</source>
        <translation>Tamaño del texto: {scale} por ciento</translation>
    </message>
</context>
<context>
    <name>PegQuestionRow</name>
    <message>
        <location filename="../../clinicapp/ui/checklist/page.py" line="192"/>
        <source>{value} out of 10</source>
        <translation>{value} de 10</translation>
    </message>
</context>
<context>
    <name>Pictures</name>
    <message>
        <location filename="../../clinicapp/ui/common/pictures.py" line="139"/>
        <source>Picture of a syringe: a shot (injection)</source>
        <translation>Dibujo de una jeringa: una inyección</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/pictures.py" line="141"/>
        <source>Picture of pills: a medicine</source>
        <translation>Dibujo de unas pastillas: un medicamento</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/pictures.py" line="143"/>
        <source>Picture of two people: care someone gives you</source>
        <translation>Dibujo de dos personas: un tratamiento que le da otra persona</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/pictures.py" line="144"/>
        <source>Picture of a person stretching: care you do yourself</source>
        <translation>Dibujo de una persona estirándose: cuidados que usted hace por su cuenta</translation>
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
        <location filename="../../clinicapp/ui/common/printing.py" line="178"/>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/printing.py" line="236"/>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/printing.py" line="238"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/printing.py" line="216"/>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/printing.py" line="217"/>
        <source>Could not save the file there. Choose another folder.</source>
        <translation>No se pudo guardar el archivo allí. Elija otra carpeta.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/printing.py" line="291"/>
        <source>No printer here</source>
        <translation>No hay impresora aquí</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/printing.py" line="292"/>
        <source>This screen has no printer set up. Please ask a member of staff to print it for you.</source>
        <translation>Esta pantalla no tiene una impresora configurada. Por favor, pida a un miembro del personal que se lo imprima.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/printing.py" line="302"/>
        <source>Sent to the printer</source>
        <translation>Se envió a la impresora</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/printing.py" line="310"/>
        <source>Printing — collect it at the front desk</source>
        <translation>Imprimiendo — recójalo en la recepción</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/printing.py" line="322"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>ResetCover</name>
    <message>
        <location filename="../../clinicapp/ui/shell/main_window.py" line="104"/>
        <source>One moment, please</source>
        <translation>Un momento, por favor</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/main_window.py" line="106"/>
        <source>The screen is starting again. This takes a few seconds.</source>
        <translation>La pantalla se está reiniciando. Esto tarda unos segundos.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/shell/main_window.py" line="108"/>
        <source>Getting the screen ready for the next person.</source>
        <translation>Preparando la pantalla para la próxima persona.</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../../clinicapp/ui/topics/search_field.py" line="38"/>
        <source>Search topics and words</source>
        <translation>Buscar temas y palabras</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/topics/search_field.py" line="39"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/topics/search_field.py" line="40"/>
        <source>Type a word. Results show as you type. Enter opens the first one.</source>
        <translation>Escriba una palabra. Los resultados aparecen mientras escribe. Enter abre el primero.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/topics/search_field.py" line="43"/>
        <location filename="../../clinicapp/ui/topics/search_field.py" line="44"/>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../clinicapp/ui/topics/search.py" line="171"/>
        <location filename="../../clinicapp/ui/topics/search.py" line="172"/>
        <source>Browse all topics</source>
        <translation>Ver todos los temas</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/topics/search.py" line="191"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/topics/search.py" line="219"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/topics/search.py" line="219"/>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/topics/search.py" line="219"/>
        <source>Word</source>
        <translation>Palabra</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/topics/search.py" line="221"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/topics/search.py" line="222"/>
        <source>Type a word in the search box above.</source>
        <translation>Escriba una palabra en el cuadro de búsqueda de arriba.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/topics/search.py" line="224"/>
        <source>No results for “{text}”</source>
        <translation>No hay resultados para “{text}”</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/topics/search.py" line="225"/>
        <source>Try a shorter or different word, or browse all topics.</source>
        <translation>Pruebe con una palabra más corta o diferente, o vea todos los temas.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/topics/search.py" line="232"/>
        <source>Did you mean “{text}”?</source>
        <translation>¿Quiso decir “{text}”?</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/topics/search.py" line="228"/>
        <source>Results for “{text}”: {count}</source>
        <translation>Resultados para “{text}”: {count}</translation>
    </message>
</context>
<context>
    <name>SpeedToggle</name>
    <message>
        <location filename="../../clinicapp/ui/common/speech.py" line="391"/>
        <source>Slower</source>
        <translation>Más despacio</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/speech.py" line="392"/>
        <source>Read aloud more slowly</source>
        <translation>Leer en voz alta más despacio</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="76"/>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="139"/>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="207"/>
        <source>Summary for your visit</source>
        <translation>Resumen para su consulta</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="77"/>
        <source>‹ Change my answers</source>
        <translation>‹ Cambiar mis respuestas</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="78"/>
        <source>Go back and change my answers</source>
        <translation>Volver y cambiar mis respuestas</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="80"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="81"/>
        <source>Print the summary</source>
        <translation>Imprimir el resumen</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="89"/>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="90"/>
        <source>Save the summary as a PDF file</source>
        <translation>Guardar el resumen como archivo PDF</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="95"/>
        <source>Save FHIR</source>
        <translation>Guardar FHIR</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="96"/>
        <source>Save the answers as a FHIR file for the health record</source>
        <translation>Guardar las respuestas como archivo FHIR para el expediente médico</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="103"/>
        <source>QR code with your answers, for staff to scan</source>
        <translation>Código QR con sus respuestas, para que lo escanee el personal</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="105"/>
        <source>Staff can scan this to copy your answers into your record. Nothing is saved on this computer.</source>
        <translation>El personal puede escanearlo para pasar sus respuestas a su expediente. Esta computadora no guarda nada.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="107"/>
        <source>QR code with the answers in FHIR form, for staff</source>
        <translation>Código QR con las respuestas en formato FHIR, para el personal</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="108"/>
        <source>FHIR code for the record system</source>
        <translation>Código FHIR para el sistema de expedientes</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="140"/>
        <source>Date: {date}</source>
        <translation>Fecha: {date}</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="141"/>
        <source>Clinic: {clinic}</source>
        <translation>Clínica: {clinic}</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="142"/>
        <source>Your own answers, to show your care team. You can change them before you print.</source>
        <translation>Sus propias respuestas, para mostrarle a su equipo de atención médica. Puede cambiarlas antes de imprimir.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="143"/>
        <source>Emergency</source>
        <translation>Emergencia</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="144"/>
        <source>Tell the staff today</source>
        <translation>Avise al personal hoy</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="145"/>
        <source>You ticked:</source>
        <translation>Usted marcó:</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="146"/>
        <source>Where it hurts</source>
        <translation>Dónde le duele</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="147"/>
        <source>How long it has been going on</source>
        <translation>Desde hace cuánto tiempo le duele</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="148"/>
        <source>Pain and how it affects your life (PEG)</source>
        <translation>El dolor y cómo afecta su vida (PEG)</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="149"/>
        <source>PEG score: {score} out of 10 (the average of your three answers)</source>
        <translation>Puntaje PEG: {score} de 10 (el promedio de sus tres respuestas)</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="150"/>
        <source>Incomplete: answer all three</source>
        <translation>Incompleto: responda las tres</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="151"/>
        <source>{question} — {value} out of 10</source>
        <translation>{question} — {value} de 10</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="152"/>
        <source>{question} — not answered</source>
        <translation>{question} — sin respuesta</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="153"/>
        <source>(0 = {low}, 10 = {high})</source>
        <translation>(0 = {low}, 10 = {high})</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="154"/>
        <source>You have not answered any questions yet.</source>
        <translation>Todavía no ha respondido ninguna pregunta.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="155"/>
        <source>Treatments you want to compare</source>
        <translation>Tratamientos que quiere comparar</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="156"/>
        <source>What matters to you</source>
        <translation>Lo que es importante para usted</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="157"/>
        <source>How sure do you feel? (SURE check)</source>
        <translation>¿Qué tan seguro o segura se siente? (prueba SURE)</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="158"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="159"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="161"/>
        <source>Not important</source>
        <translation>Nada importante</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="162"/>
        <source>A little important</source>
        <translation>Un poco importante</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="163"/>
        <source>Quite important</source>
        <translation>Bastante importante</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="164"/>
        <source>Very important</source>
        <translation>Muy importante</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="286"/>
        <source>Save for the record (FHIR)</source>
        <translation>Guardar para el expediente (FHIR)</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="287"/>
        <source>visit-questionnaire-response.json</source>
        <translation>respuestas-de-la-visita.json</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="288"/>
        <source>FHIR JSON files (*.json)</source>
        <translation>Archivos JSON de FHIR (*.json)</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="347"/>
        <source>Sent to the printer.</source>
        <translation>Se envió a la impresora.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="354"/>
        <source>visit-summary.pdf</source>
        <translation>resumen-de-consulta.pdf</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="301"/>
        <source>Could not save the file there. Choose another folder.</source>
        <translation>No se pudo guardar el archivo allí. Elija otra carpeta.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="303"/>
        <location filename="../../clinicapp/ui/checklist/summary_view.py" line="360"/>
        <source>Saved as {name}</source>
        <translation>Se guardó como {name}</translation>
    </message>
</context>
<context>
    <name>TakeHome</name>
    <message>
        <location filename="../../clinicapp/ui/common/takehome.py" line="38"/>
        <source>Printed on {date}</source>
        <translation>Impreso el {date}</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/takehome.py" line="39"/>
        <source>Last reviewed {date}</source>
        <translation>Última revisión: {date}</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/takehome.py" line="40"/>
        <source>Where this information comes from</source>
        <translation>De dónde viene esta información</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/takehome.py" line="41"/>
        <source>It varies. Ask your care team.</source>
        <translation>Depende. Pregunte a su equipo de atención médica.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/takehome.py" line="42"/>
        <source>Offered at this clinic</source>
        <translation>Se ofrece en esta clínica</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/takehome.py" line="43"/>
        <source>Yes, offered here</source>
        <translation>Sí, se ofrece aquí</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/takehome.py" line="44"/>
        <source>Not offered here — ask about a referral</source>
        <translation>No se ofrece aquí — pregunte si lo pueden referir</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/takehome.py" line="45"/>
        <source>How sure the research is: {level}</source>
        <translation>Qué tan segura es la investigación: {level}</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/takehome.py" line="46"/>
        <source>Source: {title}</source>
        <translation>Fuente: {title}</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/takehome.py" line="47"/>
        <source>Your take-home reading</source>
        <translation>Su lectura para llevar a casa</translation>
    </message>
</context>
<context>
    <name>TakeHomeDialog</name>
    <message>
        <location filename="../../clinicapp/ui/common/takehome.py" line="174"/>
        <location filename="../../clinicapp/ui/common/takehome.py" line="175"/>
        <location filename="../../clinicapp/ui/common/takehome.py" line="176"/>
        <source>Take-home pack</source>
        <translation>Paquete para casa</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/takehome.py" line="179"/>
        <source>Handouts print in this order, each on a new page. Nothing here is saved unless you save a PDF.</source>
        <translation>Las hojas se imprimen en este orden, cada una en una página nueva. Aquí no se guarda nada, a menos que usted guarde un PDF.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/takehome.py" line="182"/>
        <source>The pack is empty. Open a topic or a treatment and tap &quot;Add to pack&quot;.</source>
        <translation>El paquete está vacío. Abra un tema o un tratamiento y toque &quot;Agregar al paquete&quot;.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/takehome.py" line="192"/>
        <source>Handouts in the pack</source>
        <translation>Hojas en el paquete</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/takehome.py" line="194"/>
        <source>Print pack</source>
        <translation>Imprimir el paquete</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/takehome.py" line="195"/>
        <source>Print every handout in the pack</source>
        <translation>Imprimir todas las hojas del paquete</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/takehome.py" line="197"/>
        <source>Save pack as PDF</source>
        <translation>Guardar el paquete como PDF</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/takehome.py" line="198"/>
        <source>Save every handout in the pack as one PDF file</source>
        <translation>Guardar todas las hojas del paquete en un solo archivo PDF</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/takehome.py" line="200"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/takehome.py" line="201"/>
        <source>Close the take-home pack</source>
        <translation>Cerrar el paquete para casa</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/takehome.py" line="267"/>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/takehome.py" line="267"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/takehome.py" line="272"/>
        <source>↑ Up</source>
        <translation>↑ Subir</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/takehome.py" line="273"/>
        <source>Move {title} up</source>
        <translation>Subir {title}</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/takehome.py" line="277"/>
        <source>↓ Down</source>
        <translation>↓ Bajar</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/takehome.py" line="278"/>
        <source>Move {title} down</source>
        <translation>Bajar {title}</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/takehome.py" line="282"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/takehome.py" line="283"/>
        <source>Remove {title} from the pack</source>
        <translation>Quitar {title} del paquete</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/takehome.py" line="294"/>
        <source>Handouts in the pack: {count}</source>
        <translation>Hojas en el paquete: {count}</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/takehome.py" line="310"/>
        <source>Sent to the printer.</source>
        <translation>Se envió a la impresora.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/takehome.py" line="317"/>
        <source>take-home-pack.pdf</source>
        <translation>paquete-para-casa.pdf</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/common/takehome.py" line="323"/>
        <source>Saved as {name}</source>
        <translation>Se guardó como {name}</translation>
    </message>
</context>
<context>
    <name>TermPanel</name>
    <message>
        <location filename="../../clinicapp/ui/topics/page.py" line="51"/>
        <source>Word meaning</source>
        <translation>Qué significa la palabra</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/topics/page.py" line="56"/>
        <source>All words</source>
        <translation>Todas las palabras</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/topics/page.py" line="57"/>
        <source>Open the list of all words</source>
        <translation>Abrir la lista de todas las palabras</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/topics/page.py" line="59"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/topics/page.py" line="60"/>
        <source>Close word meaning</source>
        <translation>Cerrar el significado</translation>
    </message>
</context>
<context>
    <name>TherapyPicker</name>
    <message>
        <location filename="../../clinicapp/ui/compare/picker.py" line="31"/>
        <source>Choose 2 to 4 options</source>
        <translation>Elija de 2 a 4 opciones</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/picker.py" line="34"/>
        <source>Show options used for:</source>
        <translation>Mostrar opciones para:</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/picker.py" line="37"/>
        <source>Show options used for</source>
        <translation>Mostrar opciones para</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/picker.py" line="38"/>
        <source>All uses</source>
        <translation>Todos los usos</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/picker.py" line="50"/>
        <source>You can compare up to {n} options at a time. Untick one to choose another.</source>
        <translation>Puede comparar hasta {n} opciones a la vez. Quite la marca de una para elegir otra.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/picker.py" line="65"/>
        <source>Injections</source>
        <translation>Inyecciones</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/picker.py" line="66"/>
        <source>Medicines</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/picker.py" line="67"/>
        <source>Non-drug care</source>
        <translation>Cuidado sin medicamentos</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/picker.py" line="68"/>
        <source>Self-care</source>
        <translation>Autocuidado</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/picker.py" line="101"/>
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
        <location filename="../../clinicapp/ui/topics/page.py" line="98"/>
        <source>Topics by category</source>
        <translation>Temas por categoría</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/topics/page.py" line="112"/>
        <source>‹ All topics</source>
        <translation>‹ Todos los temas</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/topics/page.py" line="113"/>
        <source>Back to the list of all topics</source>
        <translation>Volver a la lista de todos los temas</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/topics/page.py" line="118"/>
        <source>Listen: read this page aloud</source>
        <translation>Escuchar: leer esta página en voz alta</translation>
    </message>
</context>
<context>
    <name>ValuesPanel</name>
    <message>
        <location filename="../../clinicapp/ui/compare/values_panel.py" line="31"/>
        <source>Not important</source>
        <translation>Nada importante</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/values_panel.py" line="32"/>
        <source>A little important</source>
        <translation>Un poco importante</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/values_panel.py" line="33"/>
        <source>Quite important</source>
        <translation>Bastante importante</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/values_panel.py" line="34"/>
        <source>Very important</source>
        <translation>Muy importante</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/values_panel.py" line="38"/>
        <source>What matters to you</source>
        <translation>Lo que es importante para usted</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/values_panel.py" line="41"/>
        <source>Your answers help you talk with your care team. They go on the handout if you print it. They do not score the options or change the table.</source>
        <translation>Sus respuestas le ayudan a hablar con su equipo de atención médica. Aparecen en la hoja si la imprime. No les dan puntos a las opciones ni cambian la tabla.</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/values_panel.py" line="51"/>
        <source>How sure do you feel? (SURE check)</source>
        <translation>¿Qué tan seguro o segura se siente? (prueba SURE)</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/values_panel.py" line="54"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../clinicapp/ui/compare/values_panel.py" line="54"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
</context>
</TS>
